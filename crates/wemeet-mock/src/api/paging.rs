//! Cutting a list into the numbered pages the answers carry (`page`, `page_size`; the answer's `current_page`,
//! `current_size`, `total_count`, `total_page`), so that a list read to its end through the generated `Paged` impls
//! holds every item once.

/// One page by number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NumberedPage<T> {
    /// The items of the page.
    pub(crate) items: Vec<T>,
    /// The page (from 1).
    pub(crate) current_page: i64,
    /// How many items the page holds.
    pub(crate) current_size: i64,
    /// How many items all pages hold.
    pub(crate) total_count: i64,
    /// How many pages there are (0 for an empty list).
    pub(crate) total_page: i64,
}

/// Page `page` (from 1; 1 when not given) of `page_size` items (`default_size` when not given) of `all`.
pub(crate) fn by_number<T>(
    all: Vec<T>,
    page: Option<u64>,
    page_size: Option<u64>,
    default_size: u64,
) -> NumberedPage<T> {
    let page = page.unwrap_or(1).max(1);
    let size = page_size.unwrap_or(default_size).max(1);
    let total = all.len();
    let skip = usize::try_from((page - 1).saturating_mul(size)).unwrap_or(usize::MAX);
    let take = usize::try_from(size).unwrap_or(usize::MAX);
    let items: Vec<T> = all.into_iter().skip(skip).take(take).collect();
    NumberedPage {
        current_page: count(page),
        current_size: count(items.len() as u64),
        total_count: count(total as u64),
        total_page: count((total as u64).div_ceil(size)),
        items,
    }
}

/// A count as the answers' integers hold it.
pub(crate) fn count(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// A request's `page` or `page_size` (validated as at least 1) as a count.
pub(crate) fn requested(value: Option<i64>) -> Option<u64> {
    value.and_then(|value| u64::try_from(value).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_once_and_say_where_it_ends() {
        let all: Vec<u32> = (0..45).collect();
        let mut seen = Vec::new();
        for page in 1..=3 {
            let cut = by_number(all.clone(), Some(page), Some(20), 10);
            assert_eq!((cut.total_count, cut.total_page), (45, 3));
            assert_eq!(cut.current_size, if page == 3 { 5 } else { 20 });
            seen.extend(cut.items);
        }
        assert_eq!(seen, all);
        assert!(
            by_number(all.clone(), Some(4), Some(20), 10)
                .items
                .is_empty()
        );
        let default = by_number(all, None, None, 10);
        assert_eq!(
            (
                default.current_page,
                default.current_size,
                default.total_page
            ),
            (1, 10, 5)
        );
        let empty = by_number(Vec::<u32>::new(), None, Some(20), 10);
        assert_eq!((empty.total_count, empty.total_page), (0, 0));
        let far = by_number(vec![1], Some(u64::MAX), Some(u64::MAX), 10);
        assert!(
            far.items.is_empty(),
            "a page far past the end is empty, not a panic"
        );
        assert_eq!(requested(Some(-1)), None);
    }
}
