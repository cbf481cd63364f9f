//! Where both loopback benches send and how they spread the calls: the mock, and calls spread over lanes (the
//! request they send is `wemeet_testkit::requests::create_meeting`).

use wemeet_mock::MockServer;

/// The mock on its own runtime, fault injection off. It accepts every nonce of a run (a run sends well under four
/// million calls) and keeps no request log, so that neither grows during the run.
pub fn mock() -> MockServer {
    let mock = MockServer::builder()
        .replay_capacity(4_000_000)
        .request_log_capacity(0)
        .start_blocking();
    match mock {
        Ok(mock) => mock,
        Err(error) => panic!("cannot start the mock: {error}"),
    }
}

/// `calls` split as evenly as possible over `lanes`.
pub fn shares(calls: usize, lanes: usize) -> impl Iterator<Item = usize> {
    (0..lanes).map(move |lane| calls / lanes + usize::from(lane < calls % lanes))
}

/// `items` dealt round-robin into `lanes` lanes (at least one).
pub fn deal<T>(items: Vec<T>, lanes: usize) -> Vec<Vec<T>> {
    let lanes = lanes.max(1);
    let mut dealt: Vec<Vec<T>> = (0..lanes).map(|_| Vec::new()).collect();
    for (index, item) in items.into_iter().enumerate() {
        if let Some(lane) = dealt.get_mut(index % lanes) {
            lane.push(item);
        }
    }
    dealt
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_are_spread_evenly_and_none_is_lost() {
        assert_eq!(shares(10, 4).collect::<Vec<_>>(), [3, 3, 2, 2]);
        assert_eq!(shares(3, 8).sum::<usize>(), 3);
        let dealt = deal((0..10).collect(), 4);
        assert_eq!(dealt.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 2, 2]);
        assert_eq!(dealt[1], [1, 5, 9]);
        assert_eq!(deal(vec![1, 2], 0), [vec![1, 2]]);
    }
}
