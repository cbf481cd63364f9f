//! Fuzz target `decode_bodies`: see [`wemeet_fuzz::decode_bodies`] for the input format and the properties checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wemeet_fuzz::decode_bodies(data));
