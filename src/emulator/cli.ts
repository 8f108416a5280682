// Placeholder entry until the emulator lands.
console.error('emulator not built yet');
process.exit(1);
