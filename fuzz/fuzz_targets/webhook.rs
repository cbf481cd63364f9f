//! Fuzz target `webhook`: see [`wemeet_fuzz::webhook`] for the input format and the properties checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wemeet_fuzz::webhook(data));
