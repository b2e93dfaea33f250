"""Who may see and who may decide on the Hotline Watch page: Airflow's own auth manager, and CSRF.

- Airflow does not authenticate plugin routes, so every route asks Airflow's auth manager who the
  caller is: the JWT from `Authorization: Bearer …` or from the UI's `_token` cookie, through
  `airflow.api_fastapi.core_api.security.get_user` (the function the core API uses).
- Seeing the page needs any logged-in user. A review decision changes the pipeline's data, so it
  needs a role that may edit what configures the pipeline: the auth manager's permission to edit
  Variables (`is_authorized_variable(method="PUT")`): Op and Admin in the simple auth manager, and
  the same roles in FAB's defaults. A Viewer (or User) sees the queue and gets 403 on a decision.
- Every POST carries a CSRF token: an HMAC of the user name and the time it was issued, keyed by the
  API server's secret (`[api] secret_key`), valid for `CSRF_MAX_AGE_S`. The page needs no session
  store and no script; a token made for one user is useless to another.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.responses import RedirectResponse

CSRF_FIELD = "csrf_token"
CSRF_MAX_AGE_S = 8 * 3600
# Without a configured secret (a bare app in a test), one per process: tokens die with it.
_FALLBACK_SECRET = secrets.token_bytes(32)


def _auth_manager() -> Any:
    """Airflow's auth manager; the API server has initialized it, a bare app (tests, uvicorn) may not."""
    from airflow.api_fastapi.app import get_auth_manager, init_auth_manager

    try:
        return get_auth_manager()
    except RuntimeError:
        return init_auth_manager()


async def authenticated_user(request: Request) -> Any:
    """The logged-in Airflow user, or HTTP 401/403: Airflow's own `get_user`, cookie or bearer token."""
    # Imported here: the plugin module is also imported by schedulers and workers, which never
    # serve this app and should not pay for the API server's security module.
    from airflow.api_fastapi.core_api.security import bearer_scheme, get_user

    _auth_manager()
    credentials = await bearer_scheme(request)
    return await get_user(request, _oauth_token=None, bearer_credentials=credentials)


async def _user_or_none(request: Request) -> Any:
    try:
        return await authenticated_user(request)
    except HTTPException as error:
        if error.status_code in (status.HTTP_401_UNAUTHORIZED, status.HTTP_403_FORBIDDEN):
            return None
        raise


def login_redirect(request: Request) -> RedirectResponse:
    """Send an anonymous browser to Airflow's login page, coming back here afterwards."""
    login_url = _auth_manager().get_url_login(next_url=str(request.url))
    return RedirectResponse(login_url, status_code=status.HTTP_303_SEE_OTHER, headers={"Cache-Control": "no-store"})


UserDep = Annotated[Any, Depends(authenticated_user)]
OptionalUserDep = Annotated[Any, Depends(_user_or_none)]


def user_name(user: Any) -> str:
    """The user's name as the auth manager knows it."""
    getter = getattr(user, "get_name", None)
    return str(getter() if callable(getter) else getattr(user, "username", "unknown"))


def user_role(user: Any) -> str:
    """The user's role, for messages (the simple auth manager's users have one)."""
    return str(getattr(user, "role", None) or "unknown")


def may_decide(user: Any) -> bool:
    """Whether this user may record review decisions and trigger runs: edit rights on Variables."""
    return bool(_auth_manager().is_authorized_variable(method="PUT", user=user))


def _secret() -> bytes:
    from airflow.configuration import conf

    for section, key in (("api", "secret_key"), ("api_auth", "jwt_secret")):
        value = conf.get(section, key, fallback=None)
        if value:
            return value.encode("utf-8")
    return _FALLBACK_SECRET


def _signature(name: str, issued: int) -> str:
    message = f"hotline-review|{name}|{issued}".encode()
    return hmac.new(_secret(), message, hashlib.sha256).hexdigest()


def csrf_token(user: Any, *, now: float | None = None) -> str:
    """A token for this user's forms: "<issued>.<hmac>"."""
    issued = int(time.time() if now is None else now)
    return f"{issued}.{_signature(user_name(user), issued)}"


def csrf_ok(user: Any, token: str | None, *, now: float | None = None) -> bool:
    """Whether `token` was made for this user by this server within `CSRF_MAX_AGE_S`."""
    if not token or "." not in token:
        return False
    issued_text, _, signature = token.partition(".")
    if not issued_text.isdigit():
        return False
    issued = int(issued_text)
    age = (time.time() if now is None else now) - issued
    if not 0 <= age <= CSRF_MAX_AGE_S:
        return False
    return hmac.compare_digest(signature, _signature(user_name(user), issued))


def caller_token(request: Request) -> str | None:
    """The caller's own JWT (bearer header or the UI's cookie): runs are triggered with the caller's
    rights, never with a key of the page's own."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return request.cookies.get("_token")
