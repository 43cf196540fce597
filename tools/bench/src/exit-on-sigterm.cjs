// Preloaded into the platform under --cpu-prof: a plain exit on SIGTERM lets node write the profile
// (the default signal death writes nothing).
process.on('SIGTERM', () => process.exit(0));
