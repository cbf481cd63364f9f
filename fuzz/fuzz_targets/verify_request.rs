//! Fuzz target `verify_request`: see [`wemeet_fuzz::verify_request`] for the input format and the properties checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wemeet_fuzz::verify_request(data));
