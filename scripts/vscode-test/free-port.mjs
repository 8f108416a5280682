// Free TCP ports on the loopback interface.
import net from 'node:net';

function tryListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort() {
  const port = await tryListen(0);
  if (port === undefined) throw new Error('no free port on 127.0.0.1');
  return port;
}

/** `preferred` if it is free, else any free port. */
export async function preferredOrFreePort(preferred) {
  return (await tryListen(preferred)) ?? freePort();
}
