"""Company data, staff, correspondents, time zones and small helpers."""
import datetime as _dt
import hashlib
import random

COMPANY = {
    'name': 'Example Group',
    'legal': 'Example Group SE',
    'domains': ['example.com', 'examplegroup.eu'],
    'mailboxes': 'about 700',
    'trade': 'publishing house and bookshop chain (authors, printers, distributors, '
             'bookshops, rights and licensing)',
}

OFFICES = {
    'DE': 'Leipzig (HQ), Gerberstraße 14, 04105 Leipzig, Germany',
    'UK': 'London, 27 Great Russell Street, London WC1B 3NH, United Kingdom',
    'IT': 'Milano, Via Solferino 22, 20121 Milano, Italy',
    'PL': 'Kraków, ul. Dietla 73, 31-064 Kraków, Poland',
    'ES': 'Barcelona, Carrer de Provença 281, 08037 Barcelona, Spain',
    'GR': 'Athens, Οδός Ακαδημίας 38, 106 79 Αθήνα, Greece',
    'RU': 'Moscow, ул. Мясницкая 24/7 стр. 1, 101000 Москва, Russia',
}

# name, native spelling (or ''), address, office, role
STAFF = [
    ('Katharina Vogt', 'Dr. Katharina Vogt', 'katharina.vogt@example.com', 'DE', 'CEO (Vorstandsvorsitzende)'),
    ('Jürgen Hoffmann', '', 'juergen.hoffmann@example.com', 'DE', 'CFO'),
    ('Sabine Krüger', '', 'sabine.krueger@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung), HQ accountant'),
    ('Monika Weiß', '', 'monika.weiss@example.com', 'DE', 'HR & payroll (group)'),
    ('Thomas Brandt', '', 'thomas.brandt@example.com', 'DE', 'Head of IT'),
    ('Lena Schäfer', '', 'lena.schaefer@example.com', 'DE', 'IT security & mail administration'),
    ('Anja Böhm', '', 'anja.boehm@example.com', 'DE', 'Assistant to the CEO'),
    ('Markus Wendt', '', 'markus.wendt@example.com', 'DE', 'Procurement (paper, print, production)'),
    ('Felix Baumgärtner', '', 'felix.baumgaertner@example.com', 'DE', 'Sales, bookshops & wholesale DACH'),
    ('Claudia Neumann', '', 'claudia.neumann@examplegroup.eu', 'DE', 'Rights & licensing'),
    ('Birgit Schütz', '', 'birgit.schuetz@example.com', 'DE', 'Office manager Leipzig HQ'),
    ('Oliver Bennett', '', 'oliver.bennett@example.com', 'UK', 'Office manager / MD UK'),
    ('Priya Shah', '', 'priya.shah@example.com', 'UK', 'Accountant UK (incl. UK payroll)'),
    ('Hannah Whitfield', '', 'hannah.whitfield@example.com', 'UK', 'Sales & key accounts UK'),
    ('Giulia Romano', '', 'giulia.romano@example.com', 'IT', 'Office manager Milano'),
    ('Marco Esposito', '', 'marco.esposito@example.com', 'IT', 'Accountant Italy'),
    ('Sara Conti', '', 'sara.conti@example.com', 'IT', 'Office assistant Milano'),
    ('Agnieszka Wójcik', '', 'agnieszka.wojcik@example.com', 'PL', 'Office manager Kraków'),
    ('Paweł Kołodziej', '', 'pawel.kolodziej@example.com', 'PL', 'Accountant Poland'),
    ('Lucía Fernández', '', 'lucia.fernandez@example.com', 'ES', 'Office manager Barcelona'),
    ('Javier Martín Ortega', '', 'javier.martin@example.com', 'ES', 'Accountant Spain'),
    ('Dimitris Papadopoulos', 'Δημήτρης Παπαδόπουλος', 'dimitris.papadopoulos@example.com', 'GR', 'Office manager Athens'),
    ('Eleni Georgiou', 'Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'GR', 'Accountant Greece'),
    ('Andrey Sokolov', 'Андрей Соколов', 'andrey.sokolov@examplegroup.eu', 'RU', 'Office manager Moscow'),
    ('Olga Kuznetsova', 'Ольга Кузнецова', 'olga.kuznetsova@examplegroup.eu', 'RU', 'Accountant Russia'),
]


def S(key):
    """Staff lookup by address local part prefix or surname -> (name, addr)."""
    key = key.lower()
    for name, native, a, off, role in STAFF:
        if a.startswith(key) or key in name.lower():
            return (name, a)
    raise KeyError(key)


def native(key):
    for name, nat, a, off, role in STAFF:
        if a.startswith(key.lower()):
            return (nat or name, a)
    raise KeyError(key)


# Correspondents: (organisation, country, contact, address, kind)
CORRESPONDENTS = [
    ('Lieferant GmbH', 'DE', 'Stefan Maier', 's.maier@lieferant-gmbh.de', 'paper & print-finishing supplier (shared)'),
    ('Lieferant GmbH', 'DE', 'Petra Lang', 'p.lang@lieferant-gmbh.de', 'supplier accounts receivable (shared)'),
    ('Lieferant GmbH', 'DE', 'Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'supplier invoicing (shared)'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'road carrier (shared)'),
    ('Ferretti Trasporti S.p.A.', 'IT', 'Amministrazione', 'amministrazione@ferretti-trasporti.it', 'carrier accounts (shared)'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'logistics partner (shared)'),
    ('Partner Logistik sp. z o.o.', 'PL', 'Księgowość', 'ksiegowosc@partner-logistik.pl', 'logistics partner accounts (shared)'),
    ('Druckhaus Elbtal GmbH', 'DE', 'Ralf Opitz', 'r.opitz@druckhaus-elbtal.de', 'book printer, Dresden'),
    ('Buchhandlung am Markt', 'DE', 'Martina Kessler', 'm.kessler@buchhandlung-am-markt.de', 'bookshop customer, Göttingen (Microsoft 365)'),
    ('Libra Buchvertrieb GmbH', 'DE', 'Zahlungsverkehr', 'zahlungsavis@libra-buchvertrieb.de', 'book wholesaler (customer), Erfurt'),
    ('VG Wort', 'DE', 'Service', 'service@vgwort.de', 'German collecting society for text rights'),
    ('Northgate Print Ltd', 'UK', 'Graham Dale', 'graham.dale@northgateprint.co.uk', 'book printer, Norwich (Microsoft 365)'),
    ('Harrow & Finch Literary Agency', 'UK', 'Emily Carter', 'emily.carter@harrowfinch.co.uk', 'literary agency, London (Microsoft 365, DocuSign)'),
    ('Lingua Bridge Translations Ltd', 'UK', 'Anna Kowal', 'anna.kowal@linguabridge.co.uk', 'translation agency (Microsoft 365)'),
    ('Libreria Il Segnalibro', 'IT', 'Roberta Fabbri', 'libreria.ilsegnalibro@libero.it', 'bookshop customer, Bologna (consumer mail)'),
    ('Drukarnia Wisła sp. z o.o.', 'PL', 'Biuro', 'faktury@drukarnia-wisla.pl', 'book printer, Kraków'),
    ('Księgarnia Pod Globusem', 'PL', 'Ewa Nowicka', 'ksiegarnia.podglobusem@wp.pl', 'bookshop customer, Łódź (consumer mail)'),
    ('Distribuciones Editoriales Levante S.L.', 'ES', 'Administración', 'administracion@distlevante.es', 'book distributor, Valencia'),
    ('Gestoría Ribas & Puig', 'ES', 'Montse Puig', 'm.puig@gestoriaribaspuig.es', 'tax advisor, Barcelona'),
    ('Αττική Διανομή Βιβλίου Α.Ε.', 'GR', 'Λογιστήριο', 'logistirio@attikidianomi.gr', 'book distributor, Athens'),
    ('Γιώργος Νικολάου (λογιστής)', 'GR', 'Giorgos Nikolaou', 'gnikolaou@otenet.gr', 'external accountant, Athens (consumer ISP mail)'),
    ('Βιβλιοπωλείο Σελίδες', 'GR', 'Κατερίνα Αλεξίου', 'k.alexiou@selides-books.gr', 'bookshop customer, Thessaloniki (Microsoft 365)'),
    ('Типография «Северная звезда» ООО', 'RU', 'Бухгалтерия', 'buh@sevzvezda-print.ru', 'book printer, St Petersburg (Yandex 360)'),
]

# ------------------------------------------------------------------ time
ZONES = {
    'DE': ('CET', 1, 'CEST', 2), 'IT': ('CET', 1, 'CEST', 2), 'PL': ('CET', 1, 'CEST', 2),
    'ES': ('CET', 1, 'CEST', 2), 'GR': ('EET', 2, 'EEST', 3), 'UK': ('GMT', 0, 'BST', 1),
    'RU': ('MSK', 3, 'MSK', 3), 'UTC': ('UTC', 0, 'UTC', 0), 'US': ('PST', -8, 'PDT', -7),
}
_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=_dt.timezone.utc)
_DST_END_US = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=_dt.timezone.utc)
_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def zone_info(utc, zone):
    std, so, dst, do = ZONES[zone]
    end = _DST_END_US if zone == 'US' else _DST_END
    if utc < end:
        return dst, do
    return std, so


def T(local, zone):
    """'2026-10-14 10:02:31' local time in zone -> aware UTC datetime."""
    naive = _dt.datetime.strptime(local, '%Y-%m-%d %H:%M:%S')
    # DST rule; our dates are never in the ambiguous hour
    std, so, dst, do = ZONES[zone]
    u = (naive - _dt.timedelta(hours=do)).replace(tzinfo=_dt.timezone.utc)
    if zone_info(u, zone)[1] != do:
        u = (naive - _dt.timedelta(hours=so)).replace(tzinfo=_dt.timezone.utc)
    return u


def rfc_date(utc, zone, comment=False):
    name, off = zone_info(utc, zone)
    loc = utc + _dt.timedelta(hours=off)
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d00' % (
        _WD[loc.weekday()], loc.day, _MO[loc.month - 1], loc.year, loc.hour, loc.minute,
        loc.second, '+' if off >= 0 else '-', abs(off))
    if comment:
        s += ' (%s)' % name
    return s


def local(utc, zone):
    return utc + _dt.timedelta(hours=zone_info(utc, zone)[1])


def plus(utc, seconds):
    return utc + _dt.timedelta(seconds=seconds)


# ------------------------------------------------------------------ rng & ids
def rng_for(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def rhex(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def postfix_qid(rng):
    a = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
    return '4' + ''.join(rng.choice(a) for _ in range(9)) + 'z' + ''.join(rng.choice(a) for _ in range(4))


def uuid4(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def epoch_ms(utc):
    return int(utc.timestamp() * 1000)
