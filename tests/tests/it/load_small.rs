//! A small, functional version of the load run (`tests/src/bin/load.rs` holds the real one, with figures): 1 000
//! calls per client, many at a time, no error, and the mock's ledger counts each call exactly once.

use wemeet_mock::MockServer;
use wemeet_tests::load::{check_ledger, expected_accepted, ledger_counts, run_async, run_blocking};

const CALLS: usize = 1_000;

#[test]
fn a_thousand_async_calls_16_in_flight_lose_and_duplicate_nothing() {
    let mock = MockServer::start_blocking().unwrap();
    let outcome = run_async(mock.base_url(), mock.credentials(), CALLS, 16, &[CALLS]).unwrap();
    assert_eq!(outcome.errors, 0, "{:?}", outcome.first_errors);
    assert_eq!(outcome.latencies.len(), CALLS);
    check_ledger(CALLS, &ledger_counts(&mock.ledger())).unwrap();
    assert_eq!(mock.meetings().len() as u64, expected_accepted(CALLS)[0]);
}

#[test]
fn a_thousand_blocking_calls_on_8_threads_lose_and_duplicate_nothing() {
    let mock = MockServer::start_blocking().unwrap();
    let outcome = run_blocking(mock.base_url(), mock.credentials(), CALLS, 8, &[CALLS]).unwrap();
    assert_eq!(outcome.errors, 0, "{:?}", outcome.first_errors);
    assert_eq!(outcome.latencies.len(), CALLS);
    check_ledger(CALLS, &ledger_counts(&mock.ledger())).unwrap();
    assert_eq!(mock.meetings().len() as u64, expected_accepted(CALLS)[0]);
}

#[test]
fn the_expected_counts_add_up_to_the_calls() {
    for calls in [0, 1, 2, 3, 4, 1_000, 10_000] {
        let [creates, adds, sets] = expected_accepted(calls);
        assert_eq!((creates + adds + sets) as usize, calls, "{calls}");
        assert!(creates >= adds && adds >= sets, "{calls}");
    }
    assert!(check_ledger(3, &[(1, 1, 0, 0), (1, 1, 0, 0), (1, 1, 0, 0)]).is_ok());
    let duplicated = check_ledger(3, &[(2, 2, 0, 0), (1, 1, 0, 0), (1, 1, 0, 0)]).unwrap_err();
    assert!(duplicated.contains("create_meeting"), "{duplicated}");
}
