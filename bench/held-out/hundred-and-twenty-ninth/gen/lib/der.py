"""Tiny DER encoder used to build a structurally valid (but not cryptographically valid) CMS SignedData blob."""


def _len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + _len(len(content)) + content


def seq(*items):
    return tlv(0x30, b''.join(items))


def set_(*items):
    return tlv(0x31, b''.join(items))


def integer(v):
    b = v.to_bytes((v.bit_length() + 8) // 8 or 1, 'big')
    return tlv(0x02, b)


def oid(dotted):
    parts = [int(x) for x in dotted.split('.')]
    out = bytearray([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.insert(0, 0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(enc)
    return tlv(0x06, bytes(out))


def utf8(s):
    return tlv(0x0C, s.encode('utf-8'))


def printable(s):
    return tlv(0x13, s.encode('ascii'))


def utctime(s):
    return tlv(0x17, s.encode('ascii'))


def octets(b):
    return tlv(0x04, b)


def null():
    return b'\x05\x00'


def ctx(n, content, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, content)


def name(pairs):
    oids = {'C': '2.5.4.6', 'O': '2.5.4.10', 'OU': '2.5.4.11', 'CN': '2.5.4.3', 'serialNumber': '2.5.4.5'}
    return seq(*[set_(seq(oid(oids[k]), printable(v) if k == 'C' else utf8(v))) for k, v in pairs])


def cms_signed(rng, issuer, serial, signing_time, sig_bytes=256):
    sha256 = seq(oid('2.16.840.1.101.3.4.2.1'), null())
    rsa = seq(oid('1.2.840.113549.1.1.1'), null())
    attrs = ctx(0, seq(oid('1.2.840.113549.1.9.3'), set_(oid('1.2.840.113549.1.7.1')))[0:0] +
                seq(oid('1.2.840.113549.1.9.3'), set_(oid('1.2.840.113549.1.7.1'))) +
                seq(oid('1.2.840.113549.1.9.5'), set_(utctime(signing_time))) +
                seq(oid('1.2.840.113549.1.9.4'), set_(octets(bytes(rng.getrandbits(8) for _ in range(32))))))
    signer = seq(integer(1), seq(name(issuer), integer(serial)), sha256, attrs, rsa,
                 octets(bytes(rng.getrandbits(8) for _ in range(sig_bytes))))
    sd = seq(integer(1), set_(sha256), seq(oid('1.2.840.113549.1.7.1')), set_(signer))
    return seq(oid('1.2.840.113549.1.7.2'), ctx(0, sd))
