"""Store credentials kept in the QGIS authentication database.

QGIS 3.22 has no bearer-token method, so a "Basic" configuration holds the
store user name and the token as its password; the store accepts both
`Bearer <token>` and Basic. Nothing here writes a secret anywhere else.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..errors import MapujPomocError
from ..i18n import tr


class CredentialsError(MapujPomocError):
    """The store credentials cannot be read from or saved in the QGIS authentication database."""


def read_credentials(authcfg: str) -> tuple[str, str]:
    """(user name, token) from the auth configuration `authcfg`."""
    if not authcfg:
        raise CredentialsError(tr("No authentication configuration is chosen. Pick or create one in the "
                                  "connection settings."))
    manager = QgsApplication.authManager()
    cfg = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, cfg, True) or not cfg.isValid(True):
        raise CredentialsError(tr("The authentication configuration {0} cannot be read. Unlock the QGIS "
                                  "authentication database or choose another configuration.").format(authcfg))
    if cfg.method() != "Basic":
        raise CredentialsError(tr("The authentication configuration uses the method {0}; Mapuj Pomoc needs "
                                  "'Basic' with your store user name and the token as password.").format(cfg.method()))
    user, token = cfg.config("username"), cfg.config("password")
    if not token:
        raise CredentialsError(tr("The authentication configuration has no password; paste your store token "
                                  "there."))
    return user, token


def master_password_note() -> str | None:
    """A sentence to show before QGIS asks for its master password (None when it is unlocked already):
    QGIS's own prompt does not say that it is Mapuj Pomoc's token it unlocks."""
    manager = QgsApplication.authManager()
    if manager.isDisabled() or manager.masterPasswordIsSet():
        return None
    return tr("QGIS will now ask for its master password: it unlocks the QGIS authentication database, where "
              "your store token is kept. It is the password you chose for QGIS, not the store token.")


def save_credentials(name: str, store_url: str, user: str, token: str, authcfg: str = "") -> str:
    """Create (or update) a Basic configuration for the store; returns its id."""
    manager = QgsApplication.authManager()
    cfg = QgsAuthMethodConfig("Basic")
    if authcfg:
        manager.loadAuthenticationConfig(authcfg, cfg, True)
    cfg.setMethod("Basic")
    cfg.setName(name)
    cfg.setUri(store_url)
    cfg.setConfig("username", user)
    cfg.setConfig("password", token)
    ok = manager.updateAuthenticationConfig(cfg) if cfg.id() else manager.storeAuthenticationConfig(cfg)
    if isinstance(ok, tuple):  # storeAuthenticationConfig returns (ok, config) in some bindings
        ok, cfg = ok[0], ok[1] if len(ok) > 1 else cfg
    if not ok:
        raise CredentialsError(tr("The QGIS authentication database refused to store the configuration. "
                                  "Set or unlock its master password first."))
    return cfg.id()
