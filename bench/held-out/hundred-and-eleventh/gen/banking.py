"""Bank account / tax identifier helpers with real check-digit algorithms."""
import string

LETTERS = {c: str(10 + i) for i, c in enumerate(string.ascii_uppercase)}


def _numeric(s):
    return "".join(LETTERS.get(c, c) for c in s)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    n = int(_numeric(bban + country + "00"))
    chk = 98 - n % 97
    return f"{country}{chk:02d}{bban}"


def iban_valid(ib):
    ib = ib.replace(" ", "").upper()
    return int(_numeric(ib[4:] + ib[:4])) % 97 == 1


def fmt_iban(ib):
    ib = ib.replace(" ", "")
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


# --- Germany: account check digit, Pruefzifferverfahren 00 (mod 10, weights 2,1,2,1..)
def de_account_m00(base9):
    """Return 10-digit account: 9 digits + check digit per method 00."""
    assert len(base9) == 9
    total = 0
    for i, ch in enumerate(reversed(base9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return base9 + str((10 - total % 10) % 10)


def de_iban(blz, base9):
    return iban("DE", blz + de_account_m00(base9))


# --- Italy: CIN
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, ch in enumerate(s):
        v = ord(ch) - ord("0") if ch.isdigit() else ord(ch) - ord("A")
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(ord("A") + tot % 26)


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


# --- Spain: DC (dígitos de control)
_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(entidad, oficina, cuenta):
    dc = f"{_es_dc('00' + entidad + oficina)}{_es_dc(cuenta)}"
    return iban("ES", entidad + oficina + dc + cuenta)


# --- Poland: sort code check digit (weights 3,9,7,1,3,9,7)
def pl_sort(first7):
    s = sum(int(c) * w for c, w in zip(first7, [3, 9, 7, 1, 3, 9, 7]))
    return first7 + str((10 - s % 10) % 10)


def pl_iban(first7, account16):
    return iban("PL", pl_sort(first7) + account16)


def pl_nrb(ib):
    return ib.replace(" ", "")[2:]


# --- Greece: bank(3) + branch(4) + account(16), no national check
def gr_iban(bank, branch, account16):
    return iban("GR", bank + branch + account16)


# --- UK: bank code (4 letters) + sort code (6) + account (8)
def gb_iban(bank, sort, acct):
    return iban("GB", bank + sort + acct)


# --- Lithuania, Belgium
def lt_iban(bank5, acct11):
    return iban("LT", bank5 + acct11)


def be_iban(bank3, acct7):
    first10 = bank3 + acct7
    chk = int(first10) % 97 or 97
    return iban("BE", first10 + f"{chk:02d}")


# --- Portugal: NIB check digits (ISO 7064 mod 97-10 over bank+branch+account)
def pt_iban(bank4, branch4, acct11):
    first = bank4 + branch4 + acct11
    chk = 98 - int(first + "00") % 97
    return iban("PT", first + "%02d" % chk)


# --- Russia: BIK control key of a 20-digit account
_RU_W = [7, 1, 3] * 8


def _ru_sum(s23):
    return sum((int(c) * w) % 10 for c, w in zip(s23, _RU_W)) % 10


def ru_account(bik, acct20, correspondent=False):
    """Set the control key (9th digit) of acct20 for the given BIK."""
    prefix = ("0" + bik[4:6]) if correspondent else bik[-3:]
    a = acct20[:8] + "0" + acct20[9:]
    k = (_ru_sum(prefix + a) * 3) % 10
    return acct20[:8] + str(k) + acct20[9:]


def ru_account_valid(bik, acct20, correspondent=False):
    prefix = ("0" + bik[4:6]) if correspondent else bik[-3:]
    return _ru_sum(prefix + acct20) == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(c) * x for c, x in zip(first9, w)) % 11 % 10)


def ru_ogrn(first12):
    return first12 + str(int(first12) % 11 % 10)


# --- VAT numbers
def de_ustid(first8):
    """USt-IdNr: ISO 7064 MOD 11,10."""
    p = 10
    for c in first8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + first8 + str((11 - p) % 10)


def it_piva(first10):
    tot = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, "choose another NIP base"
    return first9 + str(c)


def fmt_nip(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"


def es_cif(letter, first7):
    """CIF for S.L. (B) / S.A. (A): numeric control digit."""
    s_even = sum(int(first7[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(first7[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    return letter + first7 + str(c)


def gr_afm(first8):
    tot = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(first8))
    return first8 + str(tot % 11 % 10)


def gb_vat(first7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(first7, w))
    # "mod 97" scheme (pre-2010 numbers)
    chk = -s % 97
    return f"GB {first7[:3]} {first7[3:]} {chk:02d}"


def gb_vat_valid(v):
    d = v.replace("GB", "").replace(" ", "")
    w = [8, 7, 6, 5, 4, 3, 2, 10, 1]
    s = sum(int(c) * x for c, x in zip(d, w))
    return s % 97 == 0 or (s + 55) % 97 == 0


if __name__ == "__main__":
    # self tests against published reference values
    assert iban_valid("DE89370400440532013000")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban_valid("GB82WEST12345698765432")
    assert it_iban("03069", "09606", "100000000088") is not None
    # Sberbank Moscow: BIK 044525225, correspondent account 30101810400000000225
    assert ru_account_valid("044525225", "30101810400000000225", correspondent=True)
    assert ru_account_valid("044525593", "30101810200000000593", correspondent=True)
    assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332"
    assert it_iban("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
    # published Portuguese example: PT50 0002 0123 1234 5678 9015 4
    assert pt_iban("0002", "0123", "12345678901") == "PT50000201231234567890154"
    print("ok")
