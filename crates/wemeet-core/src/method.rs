//! The API's HTTP methods as the `http` crate's.

/// The `http` method of an API method: one exhaustive conversion, so that a method the API gains fails to compile
/// here instead of travelling as another.
pub fn http_method(method: wemeet_types::Method) -> http::Method {
    match method {
        wemeet_types::Method::Get => http::Method::GET,
        wemeet_types::Method::Post => http::Method::POST,
        wemeet_types::Method::Put => http::Method::PUT,
        wemeet_types::Method::Patch => http::Method::PATCH,
        wemeet_types::Method::Delete => http::Method::DELETE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_method_keeps_its_name() {
        use wemeet_types::Method;
        for method in [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Patch,
            Method::Delete,
        ] {
            assert_eq!(http_method(method).as_str(), method.as_str());
        }
    }
}
