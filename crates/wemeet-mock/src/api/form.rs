//! Multipart forms (`multipart/form-data`, RFC 7578): the two record uploads send their fields and file this way.
//!
//! The service signs such a request as if its body were empty (the upload pages: 表单数据不作为签名的部分), so
//! [`is_multipart`] also tells the pipeline which body the signature covers. The form is parsed by `multer` from
//! the body already read (and bounded) by the pipeline.

use std::convert::Infallible;

use bytes::Bytes;
use http::{HeaderMap, header};

use crate::api::error::ApiError;

/// One part of a received form: its field name, the file name it declares (a file part) and its bytes.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct FormPart {
    pub(crate) name: String,
    pub(crate) file_name: Option<String>,
    pub(crate) bytes: Bytes,
}

impl std::fmt::Debug for FormPart {
    /// The name, the file name and the size: never the content, which may be anything the caller uploads.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormPart")
            .field("name", &self.name)
            .field("file_name", &self.file_name)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// Whether the request's `Content-Type` is `multipart/form-data` (any case, whatever parameters follow).
pub(crate) fn is_multipart(headers: &HeaderMap) -> bool {
    content_type(headers).is_some_and(|value| {
        value
            .split(';')
            .next()
            .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("multipart/form-data"))
    })
}

fn content_type(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
}

/// The parts of the multipart form `body`, in order. A `Content-Type` without a boundary, a body that is not a
/// well-formed form (a missing boundary line, an unfinished part, no closing boundary) or a part without a field
/// name is 190004 saying what is wrong.
pub(crate) async fn parts(headers: &HeaderMap, body: Bytes) -> Result<Vec<FormPart>, ApiError> {
    let boundary = content_type(headers)
        .ok_or_else(|| ApiError::invalid_parameter("a multipart form needs a Content-Type"))
        .and_then(|value| {
            multer::parse_boundary(value).map_err(|error| {
                ApiError::invalid_parameter(format!(
                    "invalid multipart Content-Type (it must name the form's boundary): {error}"
                ))
            })
        })?;
    let malformed = |error: multer::Error| {
        ApiError::invalid_parameter(format!("malformed multipart form: {error}"))
    };
    let stream = futures_util::stream::once(async move { Ok::<Bytes, Infallible>(body) });
    let mut form = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = form.next_field().await.map_err(malformed)? {
        let index = field.index();
        let name = field.name().map(str::to_owned).ok_or_else(|| {
            ApiError::invalid_parameter(format!(
                "malformed multipart form: part {index} has no field name (Content-Disposition: form-data; name=...)"
            ))
        })?;
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await.map_err(malformed)?;
        parts.push(FormPart {
            name,
            file_name,
            bytes,
        });
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    fn headers(content_type: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_str(content_type).unwrap(),
        );
        headers
    }

    fn run<T>(future: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    const FORM: &str = "--b0\r\nContent-Disposition: form-data; name=\"operator_id\"\r\n\r\ntester\r\n\
        --b0\r\nContent-Disposition: form-data; name=\"file_content\"; filename=\"a.mp4\"\r\n\
        Content-Type: video/mp4\r\n\r\nhello world\r\n--b0--\r\n";

    #[test]
    fn text_and_file_parts_are_read_in_order() {
        let parts = run(parts(
            &headers("multipart/form-data; boundary=b0"),
            Bytes::from_static(FORM.as_bytes()),
        ))
        .expect("a well-formed form");
        assert_eq!(parts.len(), 2);
        assert_eq!(
            (parts[0].name.as_str(), parts[0].file_name.as_deref()),
            ("operator_id", None)
        );
        assert_eq!(&parts[0].bytes[..], b"tester");
        assert_eq!(parts[1].file_name.as_deref(), Some("a.mp4"));
        assert_eq!(&parts[1].bytes[..], b"hello world");
        assert!(
            !format!("{parts:?}").contains("hello"),
            "no content in Debug"
        );
    }

    #[test]
    fn only_multipart_form_data_is_multipart() {
        assert!(is_multipart(&headers("Multipart/Form-Data; boundary=x")));
        assert!(!is_multipart(&headers("application/json")));
        assert!(!is_multipart(&HeaderMap::new()));
    }

    #[test]
    fn malformed_forms_are_invalid_parameters_saying_what_is_wrong() {
        let no_boundary = run(parts(
            &headers("multipart/form-data"),
            Bytes::from_static(FORM.as_bytes()),
        ))
        .unwrap_err();
        assert_eq!(
            no_boundary.code(),
            wemeet_types::ErrorCode::INVALID_PARAMETER
        );
        assert!(
            no_boundary.message().contains("boundary"),
            "{}",
            no_boundary.message()
        );

        let cut = &FORM[..FORM.len() - 20];
        let unfinished = run(parts(
            &headers("multipart/form-data; boundary=b0"),
            Bytes::copy_from_slice(cut.as_bytes()),
        ))
        .unwrap_err();
        assert!(
            unfinished.message().starts_with("malformed multipart form"),
            "{}",
            unfinished.message()
        );

        let nameless = "--b0\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b0--\r\n";
        let error = run(parts(
            &headers("multipart/form-data; boundary=b0"),
            Bytes::from_static(nameless.as_bytes()),
        ))
        .unwrap_err();
        assert!(
            error.message().contains("no field name"),
            "{}",
            error.message()
        );
    }
}
