"""What a person does in the browser again and again: signing in and out."""

from innovation_portal.demo.seed import DEMO_PASSWORD


def sign_in(page, base_url, username, password=DEMO_PASSWORD):
    """Signs in from the sign-in page and waits for the page the portal lands on."""
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def sign_out(page):
    """Signs out from the portal's menu (from the admin, through the portal's home page)."""
    if "/admin/" in page.url:
        page.goto(page.url.split("/admin/")[0] + "/")
    if page.locator(".navbar-toggler").is_visible():  # a phone: the menu is folded
        page.click(".navbar-toggler")
    page.click(".navbar .dropdown-toggle")
    page.click("text=Keluar")
    page.wait_for_load_state()
