"""Attack messages, Russian (37-40)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "attack"
INN = company.VAT["example_ru_inn"]
KPP = company.VAT["example_ru_kpp"]


def a37():
    seed = "a37"
    t = local("RU", "2026-10-26 10:52:14")
    rcpt = S["ru_acc"]["addr"]
    auth = "info@buh-konsalt-spb.ru"
    ch = infra.cpanel(seed, t, rcpt, "vh184.hosting-spb.ru", "91.215.155.184", auth, "194.26.29.113", "WIN-4KQ1S7O2MDA", "RU",
                      mua="smtp", envelope=auth)
    ch["style"] = "outlook_smtp"
    ch["extra"] = [(k, v) for k, v in ch["extra"] if not k.startswith("X-Source")]
    plain = dd("""
        Уважаемый налогоплательщик!

        Межрайонная инспекция Федеральной налоговой службы N 15 по Санкт-Петербургу в соответствии со статьей 88 Налогового кодекса Российской Федерации направляет требование о представлении пояснений N 12-08/4417 в связи с выявленными расхождениями в налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 г.

        ИНН/КПП налогоплательщика: %(inn)s/%(kpp)s

        Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечет ответственность, предусмотренную статьей 129.1 НК РФ, а также может служить основанием для приостановления операций по счетам.

        Текст требования и перечень расхождений направлены во вложении. Архив защищен паролем в целях сохранения налоговой тайны.
        Пароль: 4417

        Начальник отдела камеральных проверок N 2
        Е.В. Смирнова
        """) % {"inn": INN, "kpp": KPP}
    inner = "Требование_12-08_4417.pdf.exe"
    z = zipc.make_zip([(inner, placeholder("Trebovanie_12-08_4417.pdf.exe"))], password=b"4417", seed=37, dt=(2026, 10, 26, 10, 44, 50))
    body = Multi("mixed", [Text(plain, "plain", "koi8-r", "8bit"), Att(z, "application/zip", "Trebovanie_12-08_4417.zip")], bnd("outlook", seed))
    return spec(F, "ru", "fns-trebovanie-zip-parol", seed, t, ch,
                frm=addr("ФНС России", auth, "koi8-r", "B"), to=rcpt, rcpt=rcpt, ret=auth, client_ip="194.26.29.113",
                subject=subj("Требование о представлении пояснений N 12-08/4417 (НДС, 3 квартал 2026)", "koi8-r", "B"),
                body=body, zone="RU", extra=[("X-Mailer", "Microsoft Outlook 16.0")], zip_pwd="4417",
                what="Tax-office lure: 'FNS' requirement to explain VAT discrepancies, with a password-protected ZIP.",
                why="The FNS sends requirements via the electronic reporting operator (TKS), never by e-mail from a third-party address; sent through the SMTP account of a compromised accounting firm from a foreign VPS; the ZipCrypto archive holds an executable disguised as PDF (…pdf.exe) – malware delivery.")


def a38():
    seed = "a38"
    t = local("RU", "2026-11-12 11:07:45")
    rcpt = S["ru_acc"]["addr"]
    sender = "buh@balttrans-log.ru"
    ch = infra.vps(seed, t, rcpt, "mail.balttrans-log.ru", "185.104.249.18", "vds-1294418.hosting-vps.ru", "balttrans-log.ru", "RU", mua="outlook")
    bik = "044030790"
    ks = ids.ru_corr(bik)
    rs = ids.ru_settlement(bik, "40702810190000041273")
    g = company.RU_BANK["balttrans"]
    plain = dd("""
        Добрый день, Ольга!

        Уведомляем Вас об изменении банковских реквизитов ООО «БалтТрансЛогистик» в связи с переводом расчетного обслуживания в другой банк. С 16.11.2026 расчетный счет в Северо-Западном банке ПАО Сбербанк закрывается, поступающие на него платежи будут возвращаться отправителю.

        Оплату по счетам № 2611/0412 от 09.11.2026 и № 2611/0433 от 11.11.2026 просим производить по новым реквизитам:

        Получатель: ООО «БалтТрансЛогистик»
        ИНН/КПП: %(inn)s/%(kpp)s
        Банк: ПАО «Банк «Санкт-Петербург»
        БИК: %(bik)s
        К/с: %(ks)s
        Р/с: %(rs)s

        Официальное письмо за подписью генерального директора направим почтой. Просим подтвердить получение уведомления ответным письмом.

        С уважением,
        Бухгалтерия ООО «БалтТрансЛогистик»
        тел. +7 (812) 448-17-20
        """) % {"inn": g["inn"], "kpp": g["kpp"], "bik": bik, "ks": ks, "rs": rs}
    body = outlook_alt(plain, bnd("outlook2", seed), cs="windows-1251", lang="RU")
    return spec(F, "ru", "balttrans-smena-rekvizitov-lookalike", seed, t, ch,
                frm=addr("Бухгалтерия БалтТрансЛогистик", sender, "windows-1251", "B"), to=addr("Ольга Морозова", rcpt, "windows-1251", "B"),
                rcpt=rcpt, ret=sender, client_ip="31.13.191.54",
                subject=subj("Об изменении банковских реквизитов ООО «БалтТрансЛогистик»", "windows-1251", "B"),
                body=body, zone="RU", ru_accounts=[(bik, rs), (bik, ks)],
                what="Carrier bank-detail change: look-alike of the St Petersburg forwarder announces a new bank and account for two open invoices.",
                why="Domain balttrans-log.ru (genuine: balttranslog.ru, on Yandex 360) sent from a rented VDS via a desktop client; account change by e-mail with 'old account will bounce' pressure and confirmation by reply only; genuine invoice with the real Sberbank account: business/37.")


def a39():
    seed = "a39"
    t = local("RU", "2026-11-18 03:44:09")
    rcpt = S["ru_mgr"]["addr"]
    dom = "id-yandex360.ru"
    ch = infra.vps(seed, t, rcpt, "mx.id-yandex360.ru", "80.66.88.213", "unknown", dom, "RU", mua="phpmailer", helo="mx.id-yandex360.ru")
    link = "https://id-yandex360.ru/security/sessions?login=%s&track=%s" % (b64url(rcpt), h(seed + "tr", 32, HEX))
    htm = dd("""
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f5f5;font-family:'YS Text',Arial,sans-serif;">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px;">
        <tr><td style="padding:28px 32px 0 32px;font-size:22px;font-weight:bold;"><span style="color:#fc3f1d;">Я</span>ндекс&nbsp;ID</td></tr>
        <tr><td style="padding:20px 32px;font-size:15px;line-height:22px;color:#000;">
        <p>Андрей, здравствуйте!</p>
        <p>Мы заметили вход в ваш аккаунт <b>__R__</b> с нового устройства:</p>
        <p style="background:#f5f5f5;padding:12px 16px;border-radius:8px;">Windows 10, Chrome 131<br>Нидерланды, Амстердам<br>IP-адрес: 185.220.101.47<br>18 ноября, 03:12 (МСК)</p>
        <p>Если это были не вы, срочно смените пароль и завершите все сеансы. В противном случае доступ к Яндекс Диску и документам организации будет ограничен через 24 часа.</p>
        <p style="margin:26px 0;"><a href="__LINK__" style="background:#ffcc00;color:#000;text-decoration:none;padding:13px 26px;border-radius:8px;font-weight:bold;">Это был не я</a></p>
        <p style="color:#666;font-size:13px;">С уважением,<br>команда Яндекс ID</p>
        </td></tr></table></td></tr></table></body></html>
        """).replace("__R__", rcpt).replace("__LINK__", esc(link))
    body = Text(htm, "html", "utf-8", "base64")
    return spec(F, "ru", "yandex-id-novyi-vhod-phishing", seed, t, ch,
                frm=addr("Яндекс ID", "noreply@" + dom, "utf-8", "B"), to=rcpt, rcpt=rcpt, ret="noreply@" + dom,
                subject=subj("Вход в аккаунт с нового устройства — подтвердите, что это вы", "utf-8", "B"),
                body=body, zone="RU",
                what="Credential phishing imitating a Yandex ID new-sign-in alert with a 'This wasn't me' button.",
                why="Not from Yandex infrastructure but PHPMailer on a VPS without reverse DNS, domain id-yandex360.ru; the button leads to a fake password-change page; 24-hour threat; compare the genuine Yandex ID notice business/38 (id.yandex.ru, forward*.mail.yandex.net).")


def a40():
    seed = "a40"
    t = local("RU", "2026-11-24 15:29:51")
    rcpt = S["ru_acc"]["addr"]
    env = "spbstroy@s112.webhost-spb.ru"
    ch = infra.cpanel(seed, t, rcpt, "s112.webhost-spb.ru", "185.26.122.112", "spbstroy", None, None, "RU", mua="php",
                      envelope=env, php_script="/home/spbstroy/public_html/bitrix/tmp/kd.php")
    g = company.RU_BANK["balttrans"]
    page = login_page("ru", "Контур.Диадок — УПД N 1187", "Контур<span style=\"color:#333\">.Диадок</span>", "#1a9e57",
                      "Для просмотра и подписания документа <b>УПД N 1187 от 24.11.2026</b> войдите в свою учетную запись Контур.",
                      "https://auth-kontur.diadok-docs.ru/login.php", rcpt,
                      [("email", "login", "Электронная почта"), ("password", "password", "Пароль")], "Войти",
                      "АО «ПФ «СКБ Контур», 2026. Защищенное соединение.", hidden=[("doc", "UPD-1187"), ("box", h(seed + "b", 16, HEX))])
    plain = dd("""
        Здравствуйте!

        Контрагент ООО "БалтТрансЛогистик" (ИНН %(inn)s) направил вам документ, требующий подписи:

        Универсальный передаточный документ N 1187 от 24.11.2026
        Сумма: 184 560,00 руб., в т.ч. НДС
        Срок подписания: 3 рабочих дня

        Для просмотра и подписания документа откройте вложенный файл и войдите в Диадок с вашим логином и паролем.

        С уважением,
        команда Контур.Диадок
        Это письмо сформировано автоматически, отвечать на него не нужно.
        """) % {"inn": g["inn"]}
    body = Multi("mixed", [Text(plain, "plain", "koi8-r", "base64"),
                           Text(page, "html", "utf-8", "base64", disposition="attachment", filename="UPD_1187_24.11.2026.html")],
                 bnd("php", seed))
    return spec(F, "ru", "diadok-upd-html-vlozhenie", seed, t, ch,
                frm=addr("Контур.Диадок", "noreply@diadok-kontur.ru", "utf-8", "B"), to=rcpt, rcpt=rcpt, ret=env,
                subject=subj("Вам поступил документ на подпись: УПД № 1187 от 24.11.2026 (ООО «БалтТрансЛогистик»)", "utf-8", "B"),
                body=body, zone="RU", extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
                what="E-document-flow (EDO) phishing: 'Kontur.Diadok' says a UPD from the real carrier awaits signature; the HTML attachment is a login form.",
                why="Sent by a PHP script on a compromised construction company's Bitrix site, From domain diadok-kontur.ru (genuine: diadoc.kontur.ru); Diadok never sends documents as HTML files requiring a password; the form posts credentials to auth-kontur.diadok-docs.ru.")


def messages():
    return [a37(), a38(), a39(), a40()]
