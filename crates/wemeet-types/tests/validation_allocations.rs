//! Validating a valid request does not allocate: paths are built only when an error is reported.
//!
//! A counting global allocator records the allocations of the current thread around each `validate` call.

use wemeet_testkit::{Allocations, CountingAllocator};
use wemeet_types::{
    AddMeetingBackgroundsRequest, CreateMeetingRequest, PlatformType, PushStreamInfo,
    SetLiveStreamAddressRequest, Validate, encode_base64, schemas,
};

#[allow(dead_code)] // this binary uses a subset
#[path = "it/support/mod.rs"]
mod support;

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Allocations made by `validate` on this thread, and its outcome.
fn allocations_of(request: &impl Validate) -> (u64, bool) {
    let (made, outcome) = Allocations::of(|| request.validate());
    (made.count, outcome.is_ok())
}

#[test]
fn valid_requests_validate_without_allocating() {
    let create: CreateMeetingRequest =
        serde_json::from_value(support::example(schemas::CREATE_MEETING_REQUEST)).unwrap();
    assert_eq!(allocations_of(&create), (0, true));

    let mut backgrounds: AddMeetingBackgroundsRequest =
        serde_json::from_value(support::example(schemas::ADD_MEETING_BACKGROUNDS_REQUEST)).unwrap();
    for image in &mut backgrounds.image_list {
        image.image_md5 = "0123456789abcdef0123456789abcdef".to_owned();
    }
    assert_eq!(allocations_of(&backgrounds), (0, true));

    let mut live: SetLiveStreamAddressRequest =
        serde_json::from_value(support::example(schemas::SET_LIVE_STREAM_ADDRESS_REQUEST)).unwrap();
    // The longest valid name: 10 characters of 4 UTF-8 bytes each still decode on the stack.
    live.push_stream_info.push(
        PushStreamInfo::builder()
            .platform_type(PlatformType::ThirdParty)
            .platform_name(encode_base64(&"😀".repeat(10)))
            .push_address("rtmp://h/app")
            .push_password("key")
            .build(),
    );
    assert_eq!(allocations_of(&live), (0, true));
}

/// Guards the test above against passing vacuously: reporting an error does allocate its field path.
#[test]
fn the_counter_sees_the_allocation_of_an_error() {
    let mut live: SetLiveStreamAddressRequest =
        serde_json::from_value(support::example(schemas::SET_LIVE_STREAM_ADDRESS_REQUEST)).unwrap();
    live.userid.clear();
    let (allocations, valid) = allocations_of(&live);
    assert!(!valid);
    assert!(
        allocations > 0,
        "the error's field path is an owned String, so the counter must see it"
    );
}
