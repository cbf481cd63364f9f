//! Walking a paged list: which request the next page takes, until the last page.

use wemeet_types::Paged;

/// The state of a walk over the pages of a paged endpoint `E`: the request of the page to fetch next, each page a
/// normal call (signed afresh, retried by the endpoint's class), until a page's answer says it was the last
/// ([`Paged::next_request`]). Both clients wrap it: a `Stream` in the async one, an `Iterator` in the blocking one.
///
/// An error ends the walk: the clients hand it out as the last item.
#[derive(Debug)]
pub struct Pager<E: Paged> {
    path: E::Path,
    next: Option<E::Request>,
}

impl<E: Paged> Pager<E> {
    /// A walk starting with `request` (its page number or cursor, if set, is where it starts).
    pub fn new(path: E::Path, request: E::Request) -> Self {
        Pager {
            path,
            next: Some(request),
        }
    }

    /// The path parameters and the request of the next page; `None` once the walk is over.
    pub fn next_call(&self) -> Option<(&E::Path, &E::Request)> {
        self.next.as_ref().map(|request| (&self.path, request))
    }

    /// Takes the answer to the page [`next_call`](Self::next_call) gave: the walk goes on with the page after it,
    /// or ends there.
    pub fn advance(&mut self, response: &E::Response) {
        self.next = self
            .next
            .take()
            .and_then(|request| E::next_request(&request, response));
    }

    /// Ends the walk (after an error).
    pub fn stop(&mut self) {
        self.next = None;
    }
}
