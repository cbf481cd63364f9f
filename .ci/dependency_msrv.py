"""Fails when a package that the published crates build with needs a newer Rust than the workspace's MSRV.

Reads `cargo metadata --all-features` on stdin: the workspace's `rust-version` is the MSRV; every package
reachable from a publishable crate of `crates/` through normal and build dependencies (any platform, every feature,
so each TLS backend) must declare a `rust-version` no newer, or none. CI cannot install an older toolchain than the machine's, so this and
Clippy's `incompatible_msrv` lint (the standard library's APIs against `rust-version`) are what hold the MSRV.
"""

import json
import sys


def version(text):
    return tuple(int(part) for part in text.split("."))


metadata = json.load(sys.stdin)
packages = {package["id"]: package for package in metadata["packages"]}
nodes = {node["id"]: node for node in metadata["resolve"]["nodes"]}
published = [
    package
    for package in metadata["packages"]
    if package["source"] is None and package["publish"] is None and "/crates/" in package["manifest_path"]
]
msrv = version(published[0]["rust_version"])

seen = set()
stack = [package["id"] for package in published]
while stack:
    current = stack.pop()
    if current in seen:
        continue
    seen.add(current)
    for dependency in nodes[current]["deps"]:
        if any(kind["kind"] in (None, "build") for kind in dependency["dep_kinds"]):
            stack.append(dependency["pkg"])

newest = sorted(
    (version(packages[id]["rust_version"]), packages[id]["name"], packages[id]["version"])
    for id in seen
    if packages[id].get("rust_version") and packages[id]["source"] is not None
)
too_new = [entry for entry in newest if entry[0] > msrv]
for needed, name, package_version in too_new:
    print(f"{name} {package_version} needs Rust {'.'.join(map(str, needed))}, newer than the MSRV")
needed, name, package_version = newest[-1]
print(
    f"MSRV {'.'.join(map(str, msrv))}: {len(seen)} packages, the most demanding dependency {name} {package_version} "
    f"(Rust {'.'.join(map(str, needed))})"
)
sys.exit(1 if too_new else 0)
