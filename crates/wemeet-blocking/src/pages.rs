//! The pages of a paged list as an `Iterator` (and their items as another), each page a normal call.

use std::collections::VecDeque;
use std::fmt;

use wemeet_core::{Error, Pager, Response};
use wemeet_types::Paged;

use crate::Client;

/// The pages of a paged list, from the request's page to the last: an [`Iterator`] of each page's answer. Each
/// page is a call of its own, signed afresh and retried by the endpoint's retry class; an error is the last item.
/// [`items`](Self::items) walks the pages' items instead.
///
/// ```no_run
/// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
/// use wemeet_blocking::meetings::ListMeetingsRequest;
/// use wemeet_blocking::InstanceId;
///
/// let request = ListMeetingsRequest::builder()
///     .userid("tester")
///     .instanceid(InstanceId::Pc)
///     .build();
/// for meeting in client.list_meetings_pages(&request).items() {
///     println!("{:?}", meeting?.subject);
/// }
/// # Ok(()) }
/// ```
pub struct Pages<'c, E: Paged> {
    client: &'c Client,
    pager: Pager<E>,
}

impl<'c, E: Paged> Pages<'c, E> {
    pub(crate) fn new(client: &'c Client, path: E::Path, request: E::Request) -> Self {
        Pages {
            client,
            pager: Pager::new(path, request),
        }
    }

    /// The items of every page, one by one.
    pub fn items(self) -> Items<'c, E> {
        Items {
            pages: self,
            buffered: VecDeque::new(),
        }
    }
}

impl<E: Paged> Iterator for Pages<'_, E> {
    type Item = Result<Response<E::Response>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let (path, request) = self.pager.next_call()?;
        let outcome = self.client.send::<E>(path, request);
        match &outcome {
            Ok(page) => self.pager.advance(page),
            Err(_) => self.pager.stop(),
        }
        Some(outcome)
    }
}

impl<E: Paged> fmt::Debug for Pages<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("endpoint", &E::NAME)
            .field("done", &self.pager.next_call().is_none())
            .finish_non_exhaustive()
    }
}

/// The items of every page of a paged list, one by one; an error fetching a page is the last item.
pub struct Items<'c, E: Paged> {
    pages: Pages<'c, E>,
    buffered: VecDeque<E::Item>,
}

impl<E: Paged> Iterator for Items<'_, E> {
    type Item = Result<E::Item, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffered.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next()? {
                Err(error) => return Some(Err(error)),
                Ok(page) => self.buffered.extend(E::items(page.into_inner())),
            }
        }
    }
}

impl<E: Paged> fmt::Debug for Items<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffered.len())
            .finish()
    }
}

impl Client {
    /// The pages of the paged endpoint `E` (its own `..._pages` method does the same), from `request`'s page on.
    pub fn pages<E: Paged>(&self, path: &E::Path, request: &E::Request) -> Pages<'_, E> {
        Pages::new(self, path.clone(), request.clone())
    }
}
