//! Cutting a list into the pages the answers carry, in the two ways the API pages: by page number (`page`,
//! `page_size`; the answer's `current_page`, `current_size`, `total_count`, `total_page`) and by position (`pos`,
//! `size`; the answer's `next_pos` and whether more remain). The generated `Paged` impls walk these answers, so a
//! list read to its end through them holds every item once.

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
    let size = page_size
        .filter(|size| *size > 0)
        .unwrap_or(default_size)
        .max(1);
    let total = all.len() as u64;
    let skip = usize::try_from(page.saturating_sub(1).saturating_mul(size)).unwrap_or(usize::MAX);
    let take = usize::try_from(size).unwrap_or(usize::MAX);
    let items: Vec<T> = all.into_iter().skip(skip).take(take).collect();
    NumberedPage {
        current_page: count(page),
        current_size: count(items.len() as u64),
        total_count: count(total),
        total_page: count(total.div_ceil(size)),
        items,
    }
}

/// One page by position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PositionedPage<T> {
    /// The items of the page.
    pub(crate) items: Vec<T>,
    /// Where the next page starts: the position after this page's last item.
    pub(crate) next_pos: i64,
    /// Whether items remain after this page.
    pub(crate) has_remaining: bool,
}

/// The `size` items of `all` from position `pos` (from 0).
pub(crate) fn by_position<T>(all: Vec<T>, pos: u64, size: u64) -> PositionedPage<T> {
    let total = all.len();
    let start = usize::try_from(pos).unwrap_or(usize::MAX).min(total);
    let take = usize::try_from(size.max(1)).unwrap_or(usize::MAX);
    let items: Vec<T> = all.into_iter().skip(start).take(take).collect();
    let end = start + items.len();
    PositionedPage {
        next_pos: count(end as u64),
        has_remaining: end < total,
        items,
    }
}

/// A count as the answers' integers hold it.
pub(crate) fn count(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_by_number_cover_the_list_once_and_say_where_it_ends() {
        let all: Vec<u32> = (0..45).collect();
        let mut seen = Vec::new();
        for page in 1..=3 {
            let cut = by_number(all.clone(), Some(page), Some(20), 10);
            assert_eq!((cut.total_count, cut.total_page), (45, 3));
            assert_eq!(cut.current_page, i64::try_from(page).unwrap());
            assert_eq!(cut.current_size, if page == 3 { 5 } else { 20 });
            seen.extend(cut.items);
        }
        assert_eq!(seen, all);
        let past = by_number(all.clone(), Some(4), Some(20), 10);
        assert!(past.items.is_empty());
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
    }

    #[test]
    fn pages_by_position_go_on_from_next_pos_until_none_remain() {
        let all: Vec<u32> = (0..45).collect();
        let first = by_position(all.clone(), 0, 20);
        assert_eq!(
            (first.items.len(), first.next_pos, first.has_remaining),
            (20, 20, true)
        );
        let last = by_position(all.clone(), 40, 20);
        assert_eq!(
            (last.items, last.next_pos, last.has_remaining),
            (vec![40, 41, 42, 43, 44], 45, false)
        );
        let beyond = by_position(all, 99, 20);
        assert!(beyond.items.is_empty() && !beyond.has_remaining);
    }
}
