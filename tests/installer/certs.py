"""A throwaway code-signing PKI made with cryptography: root CA, signing leaf, time-stamping leaf.

Like osslsigncode's own tests/make_certificates.py: Authenticode needs a leaf with the code-signing
extended key usage chained to a root the verifier trusts, and RFC 3161 timestamps need a leaf whose
only (critical) extended key usage is time stamping.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class Pki:
    ca: Path           # root certificate (PEM): what a verifier trusts
    certs: Path        # signing leaf + root (PEM chain)
    key: Path          # signing key (PEM, unencrypted)
    pfx: Path          # signing leaf + key as PKCS#12, password in pfx_password
    pfx_password: Path
    tsa_certs: Path    # time-stamping leaf + root
    tsa_key: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Invigilo test PKI")])


def _cert(subject: str, key: rsa.RSAPrivateKey, issuer: x509.Certificate | None,
          issuer_key: rsa.RSAPrivateKey, usage: x509.ObjectIdentifier | None) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder()
               .subject_name(_name(subject))
               .issuer_name(issuer.subject if issuer else _name(subject))
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=issuer is None, path_length=None),
                              critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                              critical=False))
    if issuer is None:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False)
    if usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]),
                                        critical=usage == ExtendedKeyUsageOID.TIME_STAMPING)
    return builder.sign(issuer_key, hashes.SHA256())


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    keys = {n: rsa.generate_private_key(public_exponent=65537, key_size=2048)
            for n in ("ca", "sign", "tsa")}
    root = _cert("Invigilo Test Root", keys["ca"], None, keys["ca"], None)
    leaf = _cert("Invigilo Test Publisher", keys["sign"], root, keys["ca"],
                 ExtendedKeyUsageOID.CODE_SIGNING)
    tsa = _cert("Invigilo Test Timestamps", keys["tsa"], root, keys["ca"],
                ExtendedKeyUsageOID.TIME_STAMPING)

    def pem(*certs: x509.Certificate) -> bytes:
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)

    def key_pem(key: rsa.RSAPrivateKey) -> bytes:
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())

    pki = Pki(folder / "root.pem", folder / "signing-chain.pem", folder / "signing.key",
              folder / "signing.pfx", folder / "pfx-password.txt", folder / "tsa-chain.pem",
              folder / "tsa.key")
    pki.ca.write_bytes(pem(root))
    pki.certs.write_bytes(pem(leaf, root))
    pki.key.write_bytes(key_pem(keys["sign"]))
    pki.tsa_certs.write_bytes(pem(tsa, root))
    pki.tsa_key.write_bytes(key_pem(keys["tsa"]))
    password = b"test-only-password"
    pki.pfx_password.write_bytes(password)
    pki.pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"invigilo", keys["sign"], leaf, [root],
        serialization.BestAvailableEncryption(password)))
    return pki
