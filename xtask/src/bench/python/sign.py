"""Times the official Tencent Meeting Python SDK signing one request: `cargo xtask bench` runs this.

Usage: python sign.py BODY_FILE ITERATIONS

Drives the SDK's JWTAuthenticator exactly as crates/wemeet-sign/tests/vectors/generate.py does (same
credentials, nonce, timestamp, target and body as the Rust bench `sign`), and prints `ns_per_sign <nanoseconds>`:
the fastest of five timed rounds of ITERATIONS signatures. Each signature takes a new authenticator, bound to the
config as the SDK binds one per request, because an authenticator computes its signature once and then keeps it
(calling `auth_header` again only copies the kept headers). Then, as the floor of any Python signer,
`ns_per_hmac <nanoseconds>`: the standard library's HMAC-SHA256 (OpenSSL) of the string the SDK signed.
"""

import hashlib
import hmac
import sys
import time

import requests

from wemeet_openapi.core.authenticator import JWTAuthenticator
from wemeet_openapi.core.config import Config


def main():
    body = open(sys.argv[1], "rb").read()
    iterations = int(sys.argv[2])
    config = Config(app_id="200000001", sdk_id="18000000001", secret_id="AKIDwemeetrs00000000000000000001",
                    secret_key="wemeet-rs-test-secret-key-0123456789abcdef")
    request = requests.Request(method="POST", url="https://api.meeting.qq.com/v1/meetings", data=body).prepare()
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter_ns()
        for _ in range(iterations):
            authenticator = JWTAuthenticator(nonce=1572172200000123456, timestamp="1572172200")
            authenticator.options_build()(config)
            authenticator.auth_header(http_req=request)
        best = min(best, (time.perf_counter_ns() - start) / iterations)
    print(f"ns_per_sign {best:.1f}")

    # The string to sign, as the SDK builds it (see generate.py): method, headers, target, body.
    message = (f"POST\nX-TC-Key=AKIDwemeetrs00000000000000000001&X-TC-Nonce=1572172200000123456"
               f"&X-TC-Timestamp=1572172200\n/v1/meetings\n").encode() + body
    key = b"wemeet-rs-test-secret-key-0123456789abcdef"
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter_ns()
        for _ in range(iterations):
            hmac.new(key, message, hashlib.sha256).hexdigest()
        best = min(best, (time.perf_counter_ns() - start) / iterations)
    print(f"ns_per_hmac {best:.1f}")


main()
