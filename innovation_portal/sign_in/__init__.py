"""Signing in: the second factor (authenticator app and recovery codes), throttling, the optional
OpenID Connect single sign-on, and the sign-in events of staff accounts. README, "Signing in"."""
