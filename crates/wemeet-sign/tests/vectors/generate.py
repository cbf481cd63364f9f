#!/usr/bin/env python3
"""Regenerates official-python-sdk.json: known-answer vectors for wemeet-sign, computed by the
official Tencent Meeting Python SDK's JWT authenticator with pinned nonces and timestamps.

CI does not run this; the Rust tests read only the JSON it writes. To regenerate:

    python3 -m venv /tmp/wemeet-py
    /tmp/wemeet-py/bin/pip install wemeet-openapi-sdk-python==1.0.10 requests-toolbelt
    /tmp/wemeet-py/bin/python generate.py          # run from this directory

(the SDK imports requests-toolbelt without declaring it.)

How the SDK is driven: each case builds the SDK's `Config` and a `JWTAuthenticator` with the case's
nonce and timestamp, prepares a `requests` request exactly as the SDK's HTTP client does
(`requests.Request(method, url, data=body).prepare()`), and calls the authenticator's `auth_header`
on it. The headers it sets are recorded as they are; the string to sign is recorded by watching the
message the SDK passes to `hmac.new`, since the SDK does not expose it.
"""

import hmac as stdlib_hmac
import json
import sys
import types
from importlib import metadata
from pathlib import Path

import requests

from wemeet_openapi.core.authenticator import JWTAuthenticator
from wemeet_openapi.core.config import Config

# The package's `core.authenticator` attribute is shadowed by `core.xhttp.authenticator`; take the module
# that defines JWTAuthenticator.
sdk_authenticator = sys.modules[JWTAuthenticator.__module__]

HERE = Path(__file__).resolve().parent
HOST = "https://api.meeting.qq.com"
SIGNING_HEADERS = ["X-TC-Key", "X-TC-Timestamp", "X-TC-Nonce", "X-TC-Signature", "AppId", "SdkId",
                   "X-TC-Registered", "X-TC-Version"]

# The messages the SDK signs, captured on their way into hmac.new.
_signed_messages = []


def _recording_hmac_new(key, msg=None, digestmod=None):
    _signed_messages.append(msg)
    return stdlib_hmac.new(key, msg, digestmod)


sdk_authenticator.hmac = types.SimpleNamespace(new=_recording_hmac_new)


def doc_body(name):
    """A request body exactly as the API documentation prints it (see bodies/README.md)."""
    return (HERE / "bodies" / name).read_bytes()


CORP = dict(app_id="200000001", sdk_id="18000000001", secret_id="AKIDwemeetrs00000000000000000001",
            secret_key="wemeet-rs-test-secret-key-0123456789abcdef")

create_doc = doc_body("create-meeting.doc-example.txt")
chinese_body = json.dumps(
    {"userid": "张三", "instanceid": 1, "subject": "季度复盘会议：产品、研发与运营", "type": 0,
     "start_time": "1700000000", "end_time": "1700003600",
     "settings": {"mute_enable_join": True, "allow_unmute_self": False, "participant_video": True,
                  "enable_record": False, "play_ivr_on_leave": False, "live_url": False}},
    ensure_ascii=False, separators=(",", ":")).encode("utf-8")
many_invitees = json.dumps(
    {"userid": "tester", "instanceid": 1, "subject": "all hands", "type": 0,
     "invitees": [f"user{i:05d}" for i in range(600)], "start_time": "1700000000",
     "end_time": "1700003600",
     "settings": {"mute_enable_join": True, "allow_unmute_self": True, "participant_video": False,
                  "enable_record": False, "play_ivr_on_leave": False, "live_url": False}},
    separators=(",", ":")).encode("utf-8")

CASES = [
    dict(name="create-meeting-doc-example-exact-bytes",
         description="The create-meeting example body exactly as the doc prints it, U+00A0 indentation included",
         method="POST", target="/v1/meetings", body=create_doc, timestamp=1572172200,
         nonce=1572172200000123456, **CORP),
    dict(name="create-meeting-doc-example-ordinary-spaces",
         description="The same body with each U+00A0 replaced by an ordinary space (the valid-JSON fixture)",
         method="POST", target="/v1/meetings", body=create_doc.replace("\u00a0".encode(), b" "),
         timestamp=1572172200, nonce=1572172200000123456, **CORP),
    dict(name="add-meeting-backgrounds-doc-example",
         description="The add-backgrounds example body exactly as the doc prints it",
         method="POST", target="/v1/meetings/6524541286408448530/backgrounds",
         body=doc_body("add-meeting-backgrounds.doc-example.txt"), timestamp=1700000000,
         nonce=1700000000000654321, **CORP),
    dict(name="set-live-stream-address-doc-example",
         description="The live-stream example body exactly as the doc prints it (tabs included)",
         method="POST", target="/v1/meetings/6524541286408448530/live_play/live-stream-address",
         body=doc_body("set-live-stream-address.doc-example.txt"), timestamp=1700000100,
         nonce=1700000100000000001, **CORP),
    dict(name="chinese-body",
         description="A compact JSON body with Chinese text, sent as UTF-8",
         method="POST", target="/v1/meetings", body=chinese_body, timestamp=1700000200,
         nonce=1700000200000999999, **CORP),
    dict(name="query-percent-encoded-utf8-and-reserved",
         description="A GET whose path and query hold percent-encoded UTF-8 and reserved characters, signed as sent",
         method="GET",
         target="/v1/users/%E5%BC%A0%E4%B8%89/meetings?userid=%E5%BC%A0%E4%B8%89&instanceid=1"
                "&subject=a%26b%3Dc%2Bd%2Fe%3Ff%23g%20h%25&page=1",
         body=b"", timestamp=1700000300, nonce=1700000300000000300, **CORP),
    dict(name="empty-body-post",
         description="A POST without a body: the string to sign ends with the newline after the target",
         method="POST", target="/v1/meetings/6524541286408448530/cancel", body=b"",
         timestamp=1700000400, nonce=1700000400000000400, **CORP),
    dict(name="delete-with-query-empty-body",
         description="A DELETE with a query and no body",
         method="DELETE", target="/v1/meetings/6524541286408448530?userid=tester&instanceid=1", body=b"",
         timestamp=1700000500, nonce=1700000500000000500, **CORP),
    dict(name="put-with-body",
         description="A PUT with a JSON body",
         method="PUT", target="/v1/meetings/6524541286408448530",
         body=b'{"userid":"tester","instanceid":1,"subject":"renamed"}', timestamp=1700000600,
         nonce=1700000600000000600, **CORP),
    dict(name="nonce-19-digits-official-shape",
         description="A 19-digit nonce of the official SDKs' shape (unix millis x 10^6 + 6 digits)",
         method="POST", target="/v1/meetings", body=b'{"userid":"tester","instanceid":1}',
         timestamp=1729000000, nonce=1729000000123987654, **CORP),
    dict(name="nonce-u64-max",
         description="The largest nonce a u64 holds (20 digits)",
         method="POST", target="/v1/meetings", body=b'{"userid":"tester","instanceid":1}',
         timestamp=1729000000, nonce=18446744073709551615, **CORP),
    dict(name="nonce-one",
         description="The smallest positive nonce",
         method="POST", target="/v1/meetings", body=b'{"userid":"tester","instanceid":1}',
         timestamp=1729000000, nonce=1, **CORP),
    dict(name="non-ascii-secret-key",
         description="A SecretKey with Chinese, Cyrillic and emoji characters, used as its UTF-8 bytes",
         method="POST", target="/v1/meetings", body=create_doc, timestamp=1700000700,
         nonce=1700000700000000700,
         **{**CORP, "secret_key": "腾讯会议密钥-ключ-🔑"}),
    dict(name="secret-key-longer-than-hmac-block",
         description="A 100-byte SecretKey: HMAC hashes keys longer than its 64-byte block first",
         method="POST", target="/v1/meetings", body=create_doc, timestamp=1700000800,
         nonce=1700000800000000800,
         **{**CORP, "secret_key": "k" * 100}),
    dict(name="without-sdk-id",
         description="Credentials without an SdkId: no SdkId header",
         method="POST", target="/v1/meetings", body=b'{"userid":"tester","instanceid":1}',
         timestamp=1700000900, nonce=1700000900000000900, **{**CORP, "sdk_id": None}),
    dict(name="with-app-version-and-registered-0",
         description="X-TC-Version set and X-TC-Registered 0 (neither is signed)",
         method="POST", target="/v1/meetings", body=b'{"userid":"tester","instanceid":1}',
         timestamp=1700001000, nonce=1700001000000001000, version="2.1.0", registered="0", **CORP),
    dict(name="body-with-escapes-crlf-and-tabs",
         description="A body with JSON escapes, a backslash, CRLF line ends and tabs, signed byte for byte",
         method="POST", target="/v1/meetings",
         body=b'{\r\n\t"subject": "say \\"hi\\" \\\\ \\u00e9 \\n",\r\n\t"userid": "tester"\r\n}',
         timestamp=1700001100, nonce=1700001100000001100, **CORP),
    dict(name="large-body",
         description="A body of about 8 KiB (600 invitees)",
         method="POST", target="/v1/meetings", body=many_invitees, timestamp=1700001200,
         nonce=1700001200000001200, **CORP),
]


def run(case):
    config = Config(app_id=case["app_id"], sdk_id=case["sdk_id"], secret_id=case["secret_id"],
                    secret_key=case["secret_key"], version=case.get("version"))
    authenticator = JWTAuthenticator(nonce=case["nonce"], timestamp=str(case["timestamp"]),
                                     registered=case.get("registered", "1"))
    authenticator.options_build()(config)
    request = requests.Request(method=case["method"], url=HOST + case["target"], data=case["body"]).prepare()
    if request.path_url != case["target"]:
        sys.exit(f"{case['name']}: requests would send {request.path_url!r}, not {case['target']!r}")

    _signed_messages.clear()
    authenticator.auth_header(http_req=request)
    if len(_signed_messages) != 1:
        sys.exit(f"{case['name']}: expected one HMAC, saw {len(_signed_messages)}")

    headers = [[name, request.headers[name]] for name in SIGNING_HEADERS if request.headers.get(name) is not None]
    return {
        "name": case["name"],
        "description": case["description"],
        "app_id": case["app_id"],
        "sdk_id": case["sdk_id"],
        "secret_id": case["secret_id"],
        "secret_key": case["secret_key"],
        "version": case.get("version"),
        "registered": case.get("registered", "1"),
        "method": request.method,
        "target": request.path_url,
        "body": case["body"].decode("utf-8"),
        "timestamp": case["timestamp"],
        "nonce": case["nonce"],
        "string_to_sign": _signed_messages[0].decode("utf-8"),
        "signature": request.headers["X-TC-Signature"],
        "headers": headers,
    }


def main():
    vectors = {
        "about": "Known-answer vectors for wemeet-sign, computed by the official Python SDK's JWTAuthenticator. "
                 "Regenerate with generate.py; do not edit by hand.",
        "generator": {
            "wemeet-openapi-sdk-python": metadata.version("wemeet-openapi-sdk-python"),
            "requests": metadata.version("requests"),
            "python": sys.version.split()[0],
        },
        "cases": [run(case) for case in CASES],
    }
    out = HERE / "official-python-sdk.json"
    out.write_text(json.dumps(vectors, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(vectors['cases'])} cases to {out}")


if __name__ == "__main__":
    main()
