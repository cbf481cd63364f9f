//! A connection to the API as ureq uses it: TLS (with the shared rustls configuration) when the URL is https, and
//! between ureq-proto and the socket, the redaction ([`ConnectionRedaction`]): the secrets put back on the way out
//! and the response body taken out on the way in.

use std::fmt;
use std::io::{self, Read, Write};

use ureq::unversioned::transport::{
    Buffers, LazyBuffers, NextTimeout, Transport, TransportAdapter,
};

use super::tls::{TlsStream, adapter};
use crate::redaction::ConnectionRedaction;

/// The bytes under the HTTP layer: the connection as is, or TLS over it.
pub(crate) enum Stream {
    /// Plain http (loopback, or by the caller's opt-in).
    Plain(TransportAdapter),
    /// https.
    Tls(Box<TlsStream>),
}

impl Stream {
    fn adapter(&mut self) -> &mut TransportAdapter {
        match self {
            Stream::Plain(adapter) => adapter,
            Stream::Tls(stream) => adapter(stream),
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Plain(adapter) => adapter.read(buf),
            Stream::Tls(stream) => stream.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Plain(adapter) => adapter.write(buf),
            Stream::Tls(stream) => stream.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Stream::Plain(adapter) => adapter.flush(),
            Stream::Tls(stream) => stream.flush(),
        }
    }
}

/// The transport ureq reads and writes for every request to the API.
pub(crate) struct ApiTransport {
    buffers: LazyBuffers,
    stream: Stream,
    redaction: ConnectionRedaction,
}

impl ApiTransport {
    /// Wraps `stream`, with ureq's buffer sizes.
    pub(crate) fn new(stream: Stream, input_buffer: usize, output_buffer: usize) -> Self {
        ApiTransport {
            buffers: LazyBuffers::new(input_buffer, output_buffer),
            stream,
            redaction: ConnectionRedaction::default(),
        }
    }
}

impl Transport for ApiTransport {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.stream.adapter().set_timeout(timeout);
        let output = self
            .buffers
            .output()
            .get_mut(..amount)
            .ok_or_else(|| io::Error::other("ureq asked to send more than its buffer"))?;
        self.redaction.before_sending(output)?;
        self.stream.write_all(output)?;
        self.stream.flush()?;
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.stream.adapter().set_timeout(timeout);
        let input = self.buffers.input_append_buf();
        let received = self.stream.read(input)?;
        let received_bytes = input
            .get_mut(..received)
            .ok_or_else(|| io::Error::other("read more than its buffer"))?;
        self.redaction.after_receiving(received_bytes)?;
        self.buffers.input_appended(received);
        Ok(received > 0)
    }

    fn is_open(&mut self) -> bool {
        self.stream.adapter().get_mut().is_open()
    }

    fn is_tls(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }
}

impl fmt::Debug for ApiTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiTransport")
            .field("tls", &self.is_tls())
            .finish_non_exhaustive()
    }
}
