"""Times the official Tencent Meeting Python SDK creating meetings against a wemeet-mock.

Usage: python create.py HOST:PORT APP_ID SDK_ID SECRET_ID SECRET_KEY CALLS

One client, one call in flight (the SDK is synchronous), a fresh nonce and timestamp per call as the SDK makes
them. Prints `calls_per_second <rate>` after CALLS successful creates, or exits non-zero on the first failure.

The body is a plain dict, not the SDK's `V1MeetingsPostRequest`: the SDK's settings model (1.0.10) has no
`participant_video`, `enable_record` or `live_url` and drops them when serializing, while the API docs (and so the
mock) require all six settings flags. The SDK serializes a dict as it is; signing and sending are unchanged.
"""

import sys
import time

from wemeet_openapi import Client
from wemeet_openapi.core import constants, xhttp
from wemeet_openapi.core.authenticator import JWTAuthenticator
from wemeet_openapi.service.meetings.api import ApiV1MeetingsPostRequest


def main():
    host, app_id, sdk_id, secret_id, secret_key, calls = sys.argv[1:7]
    calls = int(calls)
    transport = xhttp.Client(host=host, protocol="http", serializer=constants.DEFAULT_SERIALIZER)
    client = Client(app_id=app_id, sdk_id=sdk_id, secret_id=secret_id, secret_key=secret_key, clt=transport)
    start_time = int(time.time()) + 3600
    settings = dict(mute_enable_join=True, allow_unmute_self=False, participant_video=False, enable_record=False,
                    play_ivr_on_leave=False, live_url=False)
    body = dict(userid="bench-user", instanceid=1, subject="bench", type=0, start_time=str(start_time),
                end_time=str(start_time + 3600), settings=settings)
    request = ApiV1MeetingsPostRequest(body=body)
    begin = time.perf_counter()
    for _ in range(calls):
        # A JWTAuthenticator keeps the nonce and timestamp it drew first: one per call, as the SDK's examples do.
        options = [JWTAuthenticator().options_build()]
        response = client.meetings_api.v1_meetings_post(request=request, authenticator_options=options)
        if response.status_code != 200:
            sys.exit(f"create failed with status {response.status_code}: {response.raw_body!r}")
    print(f"calls_per_second {calls / (time.perf_counter() - begin):.1f}")


main()
