//! The install lines of the READMEs work for the crates as they are: while the CHANGELOG names no released
//! version, none depends on a crates.io version of a crate of this workspace (nothing is published, so cargo
//! would find no package), and every git or path dependency names a crate of this workspace at its path and the
//! workspace's repository.

use std::path::Path;

const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The READMEs a user installs from: the workspace's and each client's (the page crates.io will show).
const READMES: [&str; 3] = [
    "README.md",
    "crates/wemeet/README.md",
    "crates/wemeet-blocking/README.md",
];

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(WORKSPACE).join(relative))
        .unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// The crates of `crates/`, by package name: what a user can depend on.
fn workspace_crates() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(Path::new(WORKSPACE).join("crates"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| {
            Path::new(WORKSPACE)
                .join("crates")
                .join(name)
                .join("Cargo.toml")
                .is_file()
        })
        .collect();
    names.sort();
    names
}

/// The value of `key = "..."` on a line of its own in `toml`.
fn toml_string(toml: &str, key: &str) -> Option<String> {
    toml.lines().find_map(|line| {
        let value = line
            .strip_prefix(key)?
            .trim_start()
            .strip_prefix('=')?
            .trim();
        Some(value.strip_prefix('"')?.strip_suffix('"')?.to_owned())
    })
}

/// The lines inside the ```toml fences of `markdown`.
fn toml_lines(markdown: &str) -> Vec<&str> {
    let mut inside = false;
    let mut lines = Vec::new();
    for line in markdown.lines() {
        if line.starts_with("```") {
            inside = !inside && line.trim_start_matches('`').starts_with("toml");
        } else if inside {
            lines.push(line);
        }
    }
    lines
}

/// Every `name = { git = "..." }` or `name = { path = "..." }` in `text`: (name, "git" or "path", value).
fn source_dependencies(text: &str) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices(" = { ") {
        let name: String = text[..start]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let rest = &text[start + " = { ".len()..];
        for kind in ["git", "path"] {
            if let Some(value) = rest.strip_prefix(&format!("{kind} = \"")) {
                let value = value.split('"').next().unwrap_or_default();
                found.push((name.clone(), kind.to_owned(), value.to_owned()));
            }
        }
    }
    found
}

fn released() -> bool {
    read("CHANGELOG.md")
        .lines()
        .any(|line| line.starts_with("## [") && !line.starts_with("## [Unreleased]"))
}

#[test]
fn no_install_line_asks_crates_io_for_an_unreleased_crate() {
    if released() {
        return;
    }
    let crates = workspace_crates();
    for readme in READMES {
        let text = read(readme);
        for line in toml_lines(&text) {
            let name = line.split(" = ").next().unwrap_or_default().trim();
            if crates.iter().any(|known| known == name) {
                assert!(
                    line.contains("git = ") || line.contains("path = "),
                    "{readme}: `{line}` asks crates.io for {name}, which the CHANGELOG says is not released"
                );
            }
        }
    }
}

#[test]
fn every_git_and_path_dependency_names_a_crate_of_this_workspace() {
    let crates = workspace_crates();
    let repository = toml_string(&read("Cargo.toml"), "repository").unwrap();
    let mut checked = 0;
    for readme in READMES {
        let text = read(readme);
        let found = source_dependencies(&text);
        assert!(
            found.iter().any(|(_, kind, _)| kind == "git"),
            "{readme}: no git install line"
        );
        for (name, kind, value) in found {
            assert!(
                crates.contains(&name),
                "{readme}: {name} is not a crate of this workspace"
            );
            match kind.as_str() {
                "git" => assert_eq!(value, repository, "{readme}: {name}'s git URL"),
                _ => {
                    // A checkout next to the user's project: `../wemeet-rs/crates/<name>`.
                    let inside = value
                        .strip_prefix("../wemeet-rs/")
                        .unwrap_or_else(|| panic!("{readme}: {value} is not inside a clone"));
                    let manifest = read(&format!("{inside}/Cargo.toml"));
                    assert_eq!(
                        toml_string(&manifest, "name").as_deref(),
                        Some(name.as_str()),
                        "{readme}: {value}"
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} install lines found");
}
