"""Attack messages, Russian (37-40)."""
import systems as S
import facts as FX
from kit import (compose, alt, text_to_html, make, Text, Multi, st, pdf_att, zip_att, hexid)

LANG = "ru"

TIMEWEB_HACKED = S.SMTPHost("exim", S.OutlookSMTP(lang="ru"), "vh412.timeweb.ru", "92.53.96.141", user_ip="5.164.23.90",
                            lan="192.168.0.47", zone="RU")
TIMEWEB_VPS = S.SMTPHost("exim-local", S.PHPMailer("nalog-lk.ru", version="6.9.1"), "mail.nalog-lk.ru", "85.193.84.212",
                         rdns="85-193-84-212.cloudvps.regruhosting.ru", local_user="www-data", zone="RU", delay=3)
YANDEX360_FAKE = S.Yandex(fwd="forward500b.mail.yandex.net", ip="178.154.239.148", dc="vla")
VPS_ID = S.SMTPHost("postfix", S.PHPMailer("id-yandex-security.ru", version="6.8.0"), "mail.id-yandex-security.ru",
                    "194.87.218.33", rdns="194-87-218-33.hosted-by-vdsina.ru", user_ip="127.0.0.1",
                    lan="localhost", zone="RU")


def a37():
    text = """Добрый день!

Направляем Вам акт сверки взаимных расчётов за период с 01.01.2026 по 30.09.2026 г. для проверки и подписания.

В связи с требованиями службы безопасности файл защищён паролем: 2026

Просим в течение 5 рабочих дней подписать акт и направить скан-копию в наш адрес. В случае отсутствия возражений акт будет считаться согласованным.

С уважением,
Главный бухгалтер
ООО "КубаньАгроСнаб"
Ирина Викторовна Лысенко
тел. +7 (861) 279-44-18"""
    z = zip_att("Акт_сверки_9_мес_2026.zip", ["Акт_сверки_01.01.2026-30.09.2026.pdf.lnk"], "2026-10-14 10:02:10",
                password="2026", name_style="ew")
    c = compose(TIMEWEB_HACKED, key="a-ru-37", frm=("Бухгалтерия КубаньАгроСнаб", "buh@kubanagrosnab.ru"), to=[st("ru_acc")],
                subject="Акт сверки взаимных расчётов за 9 месяцев 2026 г.", when="2026-10-14 10:07:33",
                hcs="koi8-r", henc="B",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "RU", "koi8-r"), "koi8-r", idx=1), z], b(0)))
    return make(LANG, "akt-sverki-zip-lnk", c,
                "Malware 'reconciliation statement' (akt sverki): an agri-supply firm sends a password-protected ZIP (password 2026) containing Akt_sverki...pdf.lnk.",
                "Hijacked mailbox of a company with no account relationship to Example Group Russia, encrypted archive to evade scanning, Windows shortcut disguised as PDF, the common Russian-language accounting lure; a genuine akt sverki comes as PDF from a real customer (business 37).")


def a38():
    link = "https://lkul-nalog.ru/trebovanie/?id=%s&inn=%s" % (hexid("a-ru-38", 16), FX.EG_RU_INN)
    text = """Федеральная налоговая служба

Уважаемый налогоплательщик!

ИНН/КПП: %s/%s
Наименование: ООО «ЭКЗАМПЛ ГРУПП РУС»

По результатам камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, отражёнными в декларации, и сведениями, представленными Вашими контрагентами.

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней представить пояснения или внести соответствующие исправления в налоговую декларацию.

Текст требования № 2308/18427 размещён в личном кабинете налогоплательщика юридического лица:
%s

Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную статьёй 129.1 НК РФ.

С уважением,
Межрайонная ИФНС России № 5 по Краснодарскому краю""" % (FX.EG_RU_INN, FX.EG_RU_KPP, link)
    html = text_to_html(text, "generic", charset="windows-1251").replace(link, '<a href="%s">%s</a>' % (link, link))
    c = compose(TIMEWEB_VPS, key="a-ru-38", frm=("ФНС России", "uvedomlenie@nalog-lk.ru"), to=[st("ru_acc")],
                subject="Требование о представлении пояснений (ст. 88 НК РФ) - ООО «ЭКЗАМПЛ ГРУПП РУС»",
                when="2026-11-23 09:41:06", env_from="www-data@mail.nalog-lk.ru", hcs="windows-1251", henc="B",
                body=lambda b: alt(b, text, html, "windows-1251"))
    return make(LANG, "fns-trebovanie-phish", c,
                "Tax-authority credential phishing: 'FNS' claims discrepancies in the Q3 VAT return and links to a 'taxpayer personal account' to read the requirement within five working days.",
                "FNS sends requirements through certified EDI operators (TKS), not by e-mail from nalog-lk.ru; link to look-alike lkul-nalog.ru (real: lkul.nalog.ru); PHPMailer on a Russian VPS; penalty threat under art. 129.1.")


def a39():
    text = """Добрый день, Ольга!

Уведомляем Вас о смене банковских реквизитов ООО «ЮгТрансЛогистик» с 16.11.2026 в связи с переводом расчётного обслуживания.

Просим оплату по счёту № 1487 от 12.11.2026 на сумму 186 400,00 руб. (в т.ч. НДС 22%%) и все последующие платежи производить по новым реквизитам:

Получатель: ООО «ЮгТрансЛогистик»
ИНН %s / КПП %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Старый расчётный счёт в ПАО Сбербанк будет закрыт 20.11.2026, поступившие на него платежи будут возвращены.

Официальное письмо за подписью генерального директора во вложении. Просим подтвердить получение ответным письмом.

С уважением,
Бухгалтерия ООО «ЮгТрансЛогистик»""" % (FX.YT_INN, FX.YT_KPP, FX.YT_RS_FRAUD, FX.TBANK_BIK, FX.TBANK_KS)
    letter = """ООО «ЮгТрансЛогистик»
ИНН %s, КПП %s, ОГРН %s
350051, г. Краснодар, ул. Шоссе Нефтяников, д. 18

Исх. № 214 от 13.11.2026

Генеральному директору ООО «ЭКЗАМПЛ ГРУПП РУС»

ИНФОРМАЦИОННОЕ ПИСЬМО

Настоящим уведомляем, что с 16.11.2026 изменились банковские реквизиты ООО «ЮгТрансЛогистик». Просим все платежи производить по следующим реквизитам:

Р/с %s
в АО «ТБанк», г. Москва
БИК %s
К/с %s

Ранее указанные реквизиты считать недействительными.

Генеральный директор  ____________  А. Н. Ткаченко
М.П.""" % (FX.YT_INN, FX.YT_KPP, FX.YT_OGRN, FX.YT_RS_FRAUD, FX.TBANK_BIK, FX.TBANK_KS)
    p = pdf_att("Письмо_смена_реквизитов.pdf", letter, "Microsoft: Print To PDF", "2026-11-13 18:20:00", zone="RU",
                name_style="2231")
    c = compose(YANDEX360_FAKE, key="a-ru-39", frm=("Бухгалтерия ЮгТрансЛогистик", "buh@yugtranslog.com"), to=[st("ru_acc")],
                subject="Изменение банковских реквизитов ООО «ЮгТрансЛогистик»", when="2026-11-16 08:55:12",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "generic", charset="utf-8"), "utf-8", "base64", "base64", idx=1), p], b(0)))
    return make(LANG, "yugtrans-rekvizity-lookalike", c,
                "Carrier bank-detail change: a look-alike of the Krasnodar carrier moves payments from Sberbank to T-Bank and asks for invoice 1487 (RUB 186,400) to be paid to the new account, with a 'signed' PDF letter.",
                "Domain yugtranslog.com instead of yugtranslog.ru (set up on Yandex 360 mail), new account in a Moscow bank, old account 'closing' threat, confirmation by reply only; the account numbers are formally valid (control key correct), so only the sender and the out-of-band check reveal the fraud; compare business 39.")


def a40():
    link = "https://passport-yandex-id.ru/auth/secure?track_id=%s" % hexid("a-ru-40", 32)
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@example.com выполнен вход с нового устройства.

Устройство: Windows 10, Chrome 131
Местоположение: Алматы, Казахстан (IP 37.99.44.118)
Время: 07.12.2026, 03:14 (МСК)

Если это были вы, просто проигнорируйте это письмо.

Если вы не входили в аккаунт, срочно защитите его:
Это был не я - %s

С уважением,
Команда Яндекс ID""" % link
    html = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#000;margin:0;padding:24px;background:#fff">
<div style="max-width:560px"><div style="font-size:22px;font-weight:bold;margin-bottom:20px"><span style="color:#fc3f1d">Я</span>ндекс ID</div>
<p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>dmitry.sokolov@example.com</b> выполнен вход с нового устройства.</p>
<table style="font-size:14px;color:#555"><tr><td>Устройство:</td><td>Windows 10, Chrome 131</td></tr><tr><td>Местоположение:</td><td>Алматы, Казахстан (IP 37.99.44.118)</td></tr><tr><td>Время:</td><td>07.12.2026, 03:14 (МСК)</td></tr></table>
<p>Если это были вы, просто проигнорируйте это письмо.</p>
<p><a href="%s" style="display:inline-block;background:#ffdb4d;color:#000;padding:12px 22px;border-radius:8px;text-decoration:none">Это был не я</a></p>
<p style="color:#777;font-size:13px">С уважением,<br>Команда Яндекс ID</p></div></body></html>""" % link
    c = compose(VPS_ID, key="a-ru-40", frm=("Яндекс ID", "noreply@id-yandex-security.ru"), to=[st("ru_mgr")],
                subject="Вход в аккаунт с нового устройства", when="2026-12-07 07:02:44",
                env_from="noreply@id-yandex-security.ru", hcs="koi8-r", henc="B",
                body=lambda b: alt(b, text, html, "koi8-r", "base64", "base64"))
    return make(LANG, "yandex-id-login-phish", c,
                "Account phishing: fake 'Yandex ID' new-login alert (Almaty, 03:14) with a 'This wasn't me' button leading to passport-yandex-id.ru.",
                "Sent from a VDS host with PHPMailer and look-alike domain id-yandex-security.ru, the 'secure your account' button harvests the password; the genuine Yandex ID notice comes from id.yandex.ru via Yandex's forward servers (business 38).")


def messages():
    return [a37(), a38(), a39(), a40()]
