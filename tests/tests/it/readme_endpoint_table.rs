//! The README's endpoint table is a copy of facts from the manifest: it must name every endpoint of the generated
//! table, with its method, path and client method, and nothing else.

use wemeet_types::ENDPOINTS;

const README: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"));

/// The table's rows that name a concrete endpoint (`| `METHOD /path` | ... |`).
fn endpoint_rows() -> Vec<&'static str> {
    README
        .lines()
        .filter(|line| line.starts_with("| `") && !line.starts_with("| `any"))
        .filter(|line| {
            ["GET ", "POST ", "PUT ", "DELETE ", "PATCH "]
                .iter()
                .any(|method| line.starts_with(&format!("| `{method}")))
        })
        .collect()
}

#[test]
fn the_readme_lists_every_endpoint_with_its_method_path_and_client_methods() {
    let rows = endpoint_rows();
    for endpoint in ENDPOINTS {
        let head = format!("| `{} {}` |", endpoint.method, endpoint.path_template);
        let row = rows
            .iter()
            .find(|row| row.starts_with(&head))
            .unwrap_or_else(|| panic!("no README row starts with {head}"));
        let call = format!("`client.{}(", endpoint.name);
        assert_eq!(
            row.matches(&call).count(),
            2,
            "{row}: both clients' method is {call}"
        );
        let awaited = row.matches(").await`").count();
        assert_eq!(
            awaited, 1,
            "{row}: the async column awaits, the blocking one does not"
        );
    }
    assert_eq!(
        rows.len(),
        ENDPOINTS.len(),
        "the README lists an endpoint the manifest does not have: {rows:#?}"
    );
}
