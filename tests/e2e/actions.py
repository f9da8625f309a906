"""What a person does in the browser again and again: signing in (in two steps for staff) and out."""

import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from demo.seed import DEMO_PASSWORD


def authenticator_code(username: str) -> str:
    """What the account's authenticator app shows now, waiting for the next code when this one was already
    used (the portal takes each code once)."""
    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    while totp.t() <= device.last_t:
        time.sleep(1)
        totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def sign_in(page, base_url, username, password=DEMO_PASSWORD):
    """Signs in from the sign-in page, with the authenticator's code when the account is asked for it, and
    waits for the page the portal lands on."""
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    if "/accounts/verifikasi/" in page.url:  # staff accounts sign in in two steps
        page.fill("#id_code", authenticator_code(username))
        page.click("main button.btn-primary[type=submit]")
        page.wait_for_url(lambda url: "/accounts/verifikasi/" not in url)


def sign_out(page):
    """Signs out from the portal's menu (from the admin, through the portal's home page)."""
    if "/admin/" in page.url:
        page.goto(page.url.split("/admin/")[0] + "/")
    if page.locator(".navbar-toggler").is_visible():  # a phone: the menu is folded
        page.click(".navbar-toggler")
    page.click(".navbar .dropdown-toggle")
    page.click("text=Keluar")
    page.wait_for_load_state()
