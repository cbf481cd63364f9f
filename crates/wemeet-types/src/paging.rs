//! Paged lists: the pages of an endpoint that answers part of a list at a time, walked to the end.
//!
//! The API pages in two ways, which the manifest declares per endpoint (`paging`): a page number (`page` and
//! `page_size` in the request; `total_page` and/or `total_count` in the answer say where the list ends), or cursors
//! (the answer says where the next page starts, `next_pos`, and whether there is one, `has_remaining`). The
//! generated [`Paged`] impl of each paged endpoint knows which; both clients walk the pages with it, each page a
//! normal call. The helper traits below are what that generated code calls; they convert between the integer and
//! string types the schemas give these fields.

use std::borrow::Cow;

use crate::Endpoint;

/// An endpoint answering a list one page at a time (generated for each endpoint whose manifest entry has
/// `paging`).
///
/// ```
/// # #[cfg(feature = "meetings")] {
/// use wemeet_types::Paged;
/// use wemeet_types::meetings::{ListMeetingParticipants, ListMeetingParticipantsRequest, ListMeetingParticipantsResponse};
///
/// let request = ListMeetingParticipantsRequest::builder().userid("tester").build();
/// let answer: ListMeetingParticipantsResponse = serde_json::from_str(
///     r#"{"participants":[{"userid":"a"}],"has_remaining":true,"next_pos":1}"#,
/// ).unwrap();
/// let next = ListMeetingParticipants::next_request(&request, &answer).unwrap();
/// assert_eq!(next.pos, Some(1));
/// assert_eq!(ListMeetingParticipants::items(answer).len(), 1);
/// # }
/// ```
pub trait Paged: Endpoint {
    /// One item of a page.
    type Item;

    /// The items of a page's answer (none when the answer leaves the list out).
    fn items(response: Self::Response) -> Vec<Self::Item>;

    /// The request of the page after the one `request` asked for and `response` answered; `None` when that was
    /// the last page (or the answer gives no way on).
    fn next_request(request: &Self::Request, response: &Self::Response) -> Option<Self::Request>;
}

/// The page after `page` (1 when the request did not say), or `None` when the list ends there: the page had no
/// items, or it was the last of `total_page`, or the items so far reach `total_count`.
pub fn page_after(
    page: Option<u64>,
    page_size: Option<u64>,
    items: usize,
    total_page: Option<u64>,
    total_count: Option<u64>,
) -> Option<u64> {
    let page = page.unwrap_or(1).max(1);
    if items == 0 {
        return None;
    }
    if let Some(total_page) = total_page {
        if page >= total_page {
            return None;
        }
    } else if let Some(total_count) = total_count {
        let size = page_size.filter(|size| *size > 0).unwrap_or(items as u64);
        if page.saturating_mul(size) >= total_count {
            return None;
        }
    }
    page.checked_add(1)
}

/// A page number or count of the schemas (any integer type, optional or not).
pub trait Number: Sized {
    /// The value, if there is one and it is not negative.
    fn number(&self) -> Option<u64>;
    /// A value of this type holding `number`, if it fits.
    fn from_number(number: u64) -> Option<Self>;
}

macro_rules! numbers {
    ($($ty:ty),*) => {$(
        impl Number for $ty {
            fn number(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }
            fn from_number(number: u64) -> Option<Self> {
                <$ty>::try_from(number).ok()
            }
        }
    )*};
}

numbers!(u8, u16, u32, u64, i8, i16, i32, i64);

impl<T: Number> Number for Option<T> {
    fn number(&self) -> Option<u64> {
        self.as_ref().and_then(Number::number)
    }
    fn from_number(number: u64) -> Option<Self> {
        T::from_number(number).map(Some)
    }
}

/// A list of items of an answer (optional or not).
pub trait Items {
    /// The item type.
    type Item;
    /// How many items there are.
    fn count(&self) -> usize;
    /// The items.
    fn into_items(self) -> Vec<Self::Item>;
}

impl<T> Items for Vec<T> {
    type Item = T;
    fn count(&self) -> usize {
        self.len()
    }
    fn into_items(self) -> Vec<T> {
        self
    }
}

impl<T> Items for Option<Vec<T>> {
    type Item = T;
    fn count(&self) -> usize {
        self.as_ref().map_or(0, Vec::len)
    }
    fn into_items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

/// Whether an answer says more pages follow: `true`, or a count of remaining items above 0.
pub trait More {
    /// Whether more pages follow.
    fn more(&self) -> bool;
}

impl More for bool {
    fn more(&self) -> bool {
        *self
    }
}

macro_rules! counts {
    ($($ty:ty),*) => {$(
        impl More for $ty {
            fn more(&self) -> bool {
                *self > 0
            }
        }
    )*};
}

counts!(u8, u16, u32, u64, i8, i16, i32, i64);

impl<T: More> More for Option<T> {
    fn more(&self) -> bool {
        self.as_ref().is_some_and(More::more)
    }
}

/// A cursor: where the next page starts, carried from an answer field into a request field as text (the schemas
/// type the two sides as integers or strings).
pub trait Cursor: Sized {
    /// The cursor's text, if there is one.
    fn cursor(&self) -> Option<Cow<'_, str>>;
    /// A value of this type for the cursor `text`, if it parses.
    fn from_cursor(text: &str) -> Option<Self>;
}

impl Cursor for String {
    fn cursor(&self) -> Option<Cow<'_, str>> {
        (!self.is_empty()).then_some(Cow::Borrowed(self.as_str()))
    }
    fn from_cursor(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}

macro_rules! integer_cursors {
    ($($ty:ty),*) => {$(
        impl Cursor for $ty {
            fn cursor(&self) -> Option<Cow<'_, str>> {
                Some(Cow::Owned(self.to_string()))
            }
            fn from_cursor(text: &str) -> Option<Self> {
                text.parse().ok()
            }
        }
    )*};
}

integer_cursors!(u8, u16, u32, u64, i8, i16, i32, i64);

impl<T: Cursor> Cursor for Option<T> {
    fn cursor(&self) -> Option<Cow<'_, str>> {
        self.as_ref().and_then(Cursor::cursor)
    }
    fn from_cursor(text: &str) -> Option<Self> {
        T::from_cursor(text).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_number_stops_at_the_last_page_or_the_last_item() {
        assert_eq!(page_after(None, Some(20), 20, Some(3), None), Some(2));
        assert_eq!(page_after(Some(3), Some(20), 20, Some(3), None), None);
        assert_eq!(page_after(Some(2), Some(10), 10, None, Some(25)), Some(3));
        assert_eq!(page_after(Some(3), Some(10), 5, None, Some(25)), None);
        assert_eq!(
            page_after(Some(1), Some(10), 0, Some(9), None),
            None,
            "an empty page ends it"
        );
        assert_eq!(
            page_after(Some(1), None, 4, None, Some(4)),
            None,
            "a page as big as the list"
        );
        assert_eq!(page_after(Some(u64::MAX), None, 1, None, None), None);
    }

    #[test]
    fn numbers_and_cursors_convert_between_integer_and_string_fields() {
        assert_eq!(Some(-1i64).number(), None);
        assert_eq!(<Option<i32>>::from_number(7), Some(Some(7)));
        assert_eq!(<u8>::from_number(300), None);
        assert_eq!(Some(42u64).cursor().as_deref(), Some("42"));
        assert_eq!(
            <Option<String>>::from_cursor("42"),
            Some(Some("42".to_owned()))
        );
        assert_eq!(<Option<i64>>::from_cursor("x"), None);
        assert!(!Some(0u32).more() && Some(2i64).more() && Some(true).more());
        assert!(!None::<bool>.more());
    }
}
