// Checks of user-entered values against the documented limits of the Alibaba Cloud APIs.
// Every check returns `undefined` when the value is fine, or a message that names the field and
// the limit; the `validate…` functions return every problem of an arguments object, by field.

export * from './bgp';
export * from './bgpGroupChange';
export * from './ids';
export * from './peerConnection';
export * from './problems';
export * from './route';
export * from './routerInterface';
export * from './tags';
