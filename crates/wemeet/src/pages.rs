//! The pages of a paged list as a `Stream` (and their items as another), each page a normal call.

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use wemeet_core::{Error, Pager, Response};
use wemeet_types::Paged;

use crate::Client;

/// The call of one page in flight.
type PageCall<E> = Pin<
    Box<
        dyn Future<Output = Result<Response<<E as wemeet_types::Endpoint>::Response>, Error>>
            + Send,
    >,
>;

/// The pages of a paged list, from the request's page to the last: a [`Stream`] of each page's answer (or
/// [`next_page`](Self::next_page) without `StreamExt`). Each page is a call of its own, signed afresh and retried
/// by the endpoint's retry class; an error is the last item. [`items`](Self::items) walks the pages' items
/// instead.
///
/// ```no_run
/// # async fn example(client: &wemeet::Client) -> Result<(), wemeet::Error> {
/// use wemeet::meetings::ListMeetingsRequest;
/// use wemeet::InstanceId;
///
/// let request = ListMeetingsRequest::builder()
///     .userid("tester")
///     .instanceid(InstanceId::Pc)
///     .build();
/// let mut meetings = client.list_meetings_pages(&request).items();
/// while let Some(meeting) = meetings.next_item().await {
///     println!("{:?}", meeting?.subject);
/// }
/// # Ok(()) }
/// ```
pub struct Pages<E: Paged> {
    client: Client,
    pager: Pager<E>,
    in_flight: Option<PageCall<E>>,
}

impl<E: Paged> Pages<E> {
    pub(crate) fn new(client: &Client, path: E::Path, request: E::Request) -> Self {
        Pages {
            client: client.clone(),
            pager: Pager::new(path, request),
            in_flight: None,
        }
    }

    /// The next page's answer; `None` after the last page (or after an error).
    pub async fn next_page(&mut self) -> Option<Result<Response<E::Response>, Error>>
    where
        Self: Unpin,
    {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The items of every page, one by one.
    pub fn items(self) -> Items<E> {
        Items {
            pages: self,
            buffered: VecDeque::new(),
        }
    }
}

impl<E: Paged> Stream for Pages<E> {
    type Item = Result<Response<E::Response>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.in_flight.is_none() {
            let Some((path, request)) = this.pager.next_call() else {
                return Poll::Ready(None);
            };
            let (client, path, request) = (this.client.clone(), path.clone(), request.clone());
            this.in_flight = Some(Box::pin(
                async move { client.send::<E>(&path, &request).await },
            ));
        }
        let Some(call) = this.in_flight.as_mut() else {
            return Poll::Ready(None);
        };
        let outcome = std::task::ready!(call.as_mut().poll(cx));
        this.in_flight = None;
        match &outcome {
            Ok(page) => this.pager.advance(page),
            Err(_) => this.pager.stop(),
        }
        Poll::Ready(Some(outcome))
    }
}

impl<E: Paged> Unpin for Pages<E> {}

impl<E: Paged> fmt::Debug for Pages<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("endpoint", &E::NAME)
            .field("done", &self.pager.next_call().is_none())
            .finish_non_exhaustive()
    }
}

/// The items of every page of a paged list, one by one: a [`Stream`] (or [`next_item`](Self::next_item) without
/// `StreamExt`); an error fetching a page is the last item.
pub struct Items<E: Paged> {
    pages: Pages<E>,
    buffered: VecDeque<E::Item>,
}

impl<E: Paged> Items<E> {
    /// The next item; `None` after the last one (or after an error).
    pub async fn next_item(&mut self) -> Option<Result<E::Item, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<E: Paged> Stream for Items<E> {
    type Item = Result<E::Item, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffered.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match std::task::ready!(Pin::new(&mut this.pages).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                Some(Ok(page)) => this.buffered.extend(E::items(page.into_inner())),
            }
        }
    }
}

impl<E: Paged> Unpin for Items<E> {}

impl<E: Paged> fmt::Debug for Items<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffered.len())
            .finish()
    }
}

impl Client {
    /// The pages of the paged endpoint `E` (its own `..._pages` method does the same), from `request`'s page on.
    pub fn pages<E: Paged>(&self, path: &E::Path, request: &E::Request) -> Pages<E> {
        Pages::new(self, path.clone(), request.clone())
    }
}
