// The `pergil` command line.
export {};
