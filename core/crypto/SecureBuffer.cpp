// Replaced by the crypto implementation.
