"""Russian attack messages (attack/37-40)."""
from lib import *
import infra as I
from util import rfc2822, secs, alnum

FOLDER = "attack"
INN_TP = B.ru_inn10("370218406")     # ООО «ТекстильПром», Иваново
INN_RU = B.ru_inn10("780153928")     # our Saint Petersburg entity


def mailru(tz="RU"):
    def hops(c):
        r = c["rng"]
        node = "f%d.i.mail.ru" % r.randint(100, 500)
        return ["Received: by %s with local (envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s" % (
            node, c["from"], alnum(r, 5), alnum(r, 11), alnum(r, 4), c["rcpt"], rfc2822(secs(c["t"], 1), tz)),
            "Received: by e.mail.ru with HTTP;\n\t%s" % rfc2822(secs(c["t"], 2), tz)]

    def mid(c):
        r = c["rng"]
        return "%d.%d@f%d.i.mail.ru" % (int(c["t"].timestamp()), r.randint(10 ** 8, 10 ** 9), r.randint(100, 500))

    def client(r):
        k = r.randint(10, 60)
        return ("smtp%d.i.mail.ru" % k, "smtp%d.i.mail.ru" % k, "95.163.41.%d" % (60 + k))
    d = I.service("x", "x", "x", mid, hops, lambda c: [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Priority", "3 (Normal)")], tz=tz,
                  bnd=lambda c, st, d: "--ALT--%s%d" % (alnum(c["rng"], 16, "0123456789ABCDEF"), c["rng"].randint(10 ** 9, 10 ** 10)))
    d["client"] = client
    return d


def _a37():
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 15 по Санкт-Петербургу направляет Вам требование о представлении пояснений (документов) в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г. (ИНН %s).

В соответствии с п. 3 ст. 88 НК РФ пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечет ответственность по ст. 129.1 НК РФ и может стать основанием для приостановления операций по счетам организации.

Требование и перечень выявленных расхождений - во вложении. В целях соблюдения налоговой тайны архив защищен паролем: 2026

С уважением,
отдел камеральных проверок
Межрайонная ИФНС России N 15 по Санкт-Петербургу
""" % INN_RU
    z = zipc_att("Требование ФНС 3 кв 2026.zip",
                 [("Требование_о_представлении_пояснений_3кв2026.pdf.lnk", b"inert placeholder for evaluation - not a shortcut\r\n")],
                 "2026", "a37", ctype="application/zip", name_style="2231")
    return M(n=37, lang="ru", slug="fns-trebovanie-arhiv-s-parolem",
             infra=mailru(), date="2026-10-21 11:06:33",
             frm=("ИФНС России N 15 по Санкт-Петербургу", "ifns15.spb.trebovanie@mail.ru"), to=[S("olga.morozova")],
             subject="Требование о представлении пояснений (НДС 3 кв. 2026)",
             body=Mixed(Text(text, "koi8-r", "base64"), z),
             what="Malware lure posing as the Russian Federal Tax Service: 'demand for explanations' on the VAT return, in a password-protected ZIP containing a .pdf.lnk.",
             why="Tax office on a free mail.ru mailbox (the FNS communicates through TKS/EDO operators and the taxpayer's personal account, not e-mail); threats of account blocking under art. 76 TC; ZipCrypto archive with the password in the text and a shortcut file with a double extension (placeholder only).")


def _a38():
    link = "https://diadoc-kontur.online/auth/?returnUrl=%2Fdocuments%2Finbox&login=olga.morozova%40example.com"
    md = """Здравствуйте!

Контрагент **ООО «ТекстильПром»** (ИНН %s) направил вам документы в системе Диадок, требующие подписи:

- Универсальный передаточный документ № 1187 от 27.11.2026 на сумму 486 221,24 ₽
- Акт сверки взаимных расчетов за 3 квартал 2026 г.

Срок подписания: 3 рабочих дня. Неподписанные документы будут автоматически отклонены, а отгрузка по договору приостановлена.

BTN: Перейти к документам | %s

Это письмо отправлено автоматически, отвечать на него не нужно.
Контур.Диадок — система электронного документооборота""" % (INN_TP, link)
    return M(n=38, lang="ru", slug="diadok-fishing-dokumenty-na-podpis",
             infra=I.cpanel_phpmailer("vh312.hosting-spb.net", "vh312.hosting-spb.net", "92.53.96.112", "mebel-komfort-spb.ru", tz="RU", mailer=None, user="mebelkom"),
             date="2026-11-30 09:25:47", frm=("Контур.Диадок", "noreply@mebel-komfort-spb.ru"), to=[S("olga.morozova")],
             subject="Вам поступили документы на подпись от ООО «ТекстильПром»",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="Контур.Диадок", color="#1f87ef"),
             what="Credential phishing imitating a Kontur.Diadok (EDI) notification: UPD and reconciliation act from a real supplier waiting for signature.",
             why="Sent from a compromised furniture shop's hosting, not diadoc.kontur.ru; the button goes to diadoc-kontur.online with the victim's login pre-filled; pressure via 'shipment suspended'. Genuine Diadoc notice: business/39.")


def _a39():
    bik = "044525974"
    corr = B.ru_account(bik, "30101810045250000974", corr=True)
    acc = B.ru_account(bik, "40702810010000817342")
    assert B.ru_key_ok(bik[-3:], acc) and B.ru_key_ok("0" + bik[4:6], corr)
    md = """Добрый день, Ольга!

Сообщаем, что с 01.12.2026 у ООО «ТекстильПром» изменились банковские реквизиты в связи с переводом расчетного обслуживания в другой банк. Просим оплату по счетам № 1187 и № 1203 производить уже по новым реквизитам:

Получатель: ООО «ТекстильПром»
ИНН/КПП: %s / 370201001
Р/с: %s
Банк: АО «ТБанк», г. Москва
БИК: %s
К/с: %s

Официальное письмо за подписью генерального директора направим оригиналом почтой. Прежний счет в Ивановском отделении ПАО Сбербанк будет закрыт 05.12.2026, платежи на него будут возвращаться.

Просьба подтвердить получение.

С уважением,
Ирина Волкова
менеджер по работе с ключевыми клиентами
ООО «ТекстильПром», г. Иваново""" % (INN_TP, acc, bik, corr)
    return M(n=39, lang="ru", slug="tekstilprom-dvojnik-smena-rekvizitov",
             infra=I.yandex_web(), date="2026-11-26 12:40:05",
             frm=("Ирина Волкова", "i.volkova@textilprom-37.ru"), to=[S("olga.morozova")],
             subject="Изменение банковских реквизитов ООО «ТекстильПром»", body=alt(md, "utf-8", "base64", style="simple"),
             what="Supplier bank-detail change: the textile supplier's account manager 'moves' payments to a new account at a Moscow bank.",
             why="Look-alike domain textilprom-37.ru (real: textilprom37.ru) hosted on Yandex 360; the new account (valid BIK control key) is in Moscow although the supplier banks in Ivanovo; open invoices redirected, signed letter only 'by post later'. Genuine supplier invoice: business/37.")


def _a40():
    link = "https://id-yandex-security.ru/restore/?login=andrey.sokolov%40examplegroup.eu&session=8f2c"
    md = """Андрей, здравствуйте!

В ваш аккаунт Яндекс ID **andrey.sokolov@examplegroup.eu** выполнен вход с нового устройства:

Устройство: Windows 11, Chrome 131
Местоположение: Казань, Россия
Время: 9 декабря 2026 г. в 03:14 (МСК)

Если это были не вы, немедленно смените пароль и завершите все сеансы. В противном случае доступ к Яндекс Директ и Яндекс Бизнес будет ограничен в течение 24 часов.

BTN: Это был не я | %s

С уважением,
команда Яндекс ID""" % link
    return M(n=40, lang="ru", slug="yandex-id-novyj-vhod-fishing",
             infra=I.cpanel_phpmailer("s27.vh-cloud.ru", "s27.vh-cloud.ru", "185.104.112.27", "stroy-dom-nsk.ru", tz="RU", user="stroydom"),
             date="2026-12-09 07:48:12", frm=("Яндекс ID", "noreply@stroy-dom-nsk.ru"), to=[S("andrey.sokolov")],
             subject="Вход в аккаунт с нового устройства", body=alt(md, "utf-8", "quoted-printable", style="brand", brand="Яндекс ID", color="#fc3f1d"),
             what="Credential phishing imitating a Yandex ID new-sign-in alert with an 'It wasn't me' button.",
             why="Sent via PHPMailer from a compromised construction-company site, not from Yandex (id.yandex.ru); the button leads to id-yandex-security.ru with the login pre-filled; 24-hour restriction threat. Genuine Yandex notice: business/38.")


MESSAGES = [_a37(), _a38(), _a39(), _a40()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
