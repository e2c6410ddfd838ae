// Replaced by the vault implementation.
