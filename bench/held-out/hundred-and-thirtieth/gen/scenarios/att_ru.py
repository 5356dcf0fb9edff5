# -*- coding: utf-8 -*-
"""Attacks, Russian (37-40)."""
from .common import *  # noqa: F401,F403
from .common import S, H, loc, ol_alt, outlook_html, ol_p, inert
from .orgs import AQ
from lib import util, checks as K, archive, company as C, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("attack", 37, "ru", "akvatorg-lookalike-vozvrat-pereplaty")
def a37(m):
    m.at("RU", 2026, 10, 13, 11, 26)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "windows-1251", "B"
    mb = C.RU_BANK_MULE
    m.fact("accounts", ("р/с of the fraudster (presented as АкваТорг's new account), key checked against BIK " + mb["bik"],
                        mb["acc"], K.ru_account_ok(mb["bik"], mb["acc"])))
    m.fact("accounts", ("к/с " + mb["bank"], mb["corr"], K.ru_corr_ok(mb["bik"], mb["corr"])))
    frm = ("Наталья Егорова", "buh@aqua-torg.ru")
    text = ("Добрый день, Дмитрий!\n\n"
            "Направляем акт сверки взаимных расчётов за 9 месяцев 2026 г. По нашим данным на 30.09.2026 образовалась "
            "переплата в пользу ООО «АкваТорг» в размере 418 600,00 руб. (двойная оплата по счёту № 2291 от 14.08.2026).\n\n"
            "Просим подписать акт со своей стороны и вернуть переплату. Обращаем внимание, что с 01.10.2026 у нас сменился "
            "обслуживающий банк, поэтому возврат просим произвести по новым реквизитам:\n\n"
            "Получатель: ООО «АкваТорг»\nИНН %s  КПП %s\nр/с %s\n%s\nБИК %s\nк/с %s\n\n"
            "Старый счёт в Сбербанке закрывается, платежи на него не проходят. Оригинал письма о смене реквизитов "
            "направим почтой вместе с актом.\n\n"
            "С уважением,\nЕгорова Наталья Викторовна\nГлавный бухгалтер ООО «АкваТорг»\nтел. +7 495 660 18 42\n"
            % (AQ["inn"], AQ["kpp"], mb["acc"], mb["bank"], mb["bik"], mb["corr"]))
    m.phone("+7 495 660 18 42")
    rows = [["АКТ СВЕРКИ взаимных расчётов за период 01.01.2026 – 30.09.2026"],
            ["между ООО «Экзампл Рус» и ООО «АкваТорг»"], [],
            ["Дата", "Документ", "Дебет, руб.", "Кредит, руб."],
            ["01.01.2026", "Сальдо начальное", 0, 0],
            ["14.08.2026", "Оплата по сч. № 2291", "", 418600.0],
            ["15.08.2026", "Оплата по сч. № 2291 (повторно)", "", 418600.0],
            ["21.08.2026", "Реализация (УПД № 1044)", 418600.0, ""],
            ["30.09.2026", "Сальдо конечное в пользу ООО «АкваТорг»", "", 418600.0]]
    xl = archive.xlsx([("Акт сверки", rows)], title="Акт сверки", creator="Егорова Н.В.")
    body = m.mixed(ol_alt(m, text, "ru", "windows-1251", "base64"),
                   m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Акт_сверки_9м_2026_Экзампл_Рус.xlsx"))
    m.send(body, frm, [S["ru_acc"]], "Акт сверки за 9 месяцев 2026 г. и возврат переплаты",
           SY.vps_postfix("mail.aqua-torg.ru", "185.104.114.37", rdns="185-104-114-37.cloudvps.regruhosting.ru", dkim_sel="mail",
                          client_ip="176.59.41.202", client="[192.168.1.66]", zone="RU"))
    m.what = ("'Chief accountant' of the Moscow distributor sends a reconciliation act showing a 418,600 RUB double payment "
              "and asks to refund it to a new bank account.")
    m.why = ("Refund fraud from look-alike aqua-torg.ru (real: aquatorg.ru on Yandex 360) on a REG.RU VPS; the 'double "
             "payment' is invented, new account at a different bank, 'old account closed', original 'by post later'.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 38, "ru", "fns-trebovanie-zip-koi8r")
def a38(m):
    m.at("RU", 2026, 11, 30, 10, 5)
    m.mua = "generic"
    m.hdr_cs, m.hdr_enc = "koi8-r", "B"
    pwd = "4417"
    zname = "Требование_ФНС_4417.zip"
    inner = "Требование_о_представлении_документов_№4417.pdf.exe"
    m.zip_passwords = {zname: pwd}
    z = archive.make_zip([{"name": inner, "data": inert("Windows executable (RAT loader)", inner), "password": pwd.encode(),
                           "date_time": (2026, 11, 30, 9, 48, 6)}], rng=m.rng)
    m.expect_attachments = [inner]
    text = ("ФЕДЕРАЛЬНАЯ НАЛОГОВАЯ СЛУЖБА\nИнспекция ФНС России № 7 по г. Москве\n\n"
            "ООО «ЭКЗАМПЛ РУС»\nИНН 7704518930 / КПП 770701001\n\n"
            "ТРЕБОВАНИЕ № 4417 о представлении документов (информации)\n\n"
            "В соответствии со статьёй 93.1 Налогового кодекса Российской Федерации в связи с проведением камеральной "
            "налоговой проверки контрагента необходимо в течение 5 (пяти) рабочих дней со дня получения настоящего "
            "требования представить документы по взаимоотношениям с контрагентом за период с 01.01.2026 по 30.09.2026.\n\n"
            "Перечень документов приведён в приложении. Приложение защищено паролем: %s\n\n"
            "Непредставление документов в установленный срок влечёт ответственность по ст. 126 и ст. 129.1 НК РФ.\n\n"
            "Заместитель начальника инспекции\nсоветник государственной гражданской службы РФ 2 класса\n" % pwd)
    text = text.replace("№", "N").replace("«", '"').replace("»", '"')
    body = m.mixed(m.plain(text, "koi8-r", "8bit", style="bare"),
                   m.attach(z, "application/zip", zname, style="generic"))
    m.send(body, ("ИФНС России № 7 по г. Москве", "trebovanie@nalog-uvedomlenie.ru"), [S["ru_acc"]],
           "Требование о представлении документов N 4417 (ст. 93.1 НК РФ)",
           SY.vps_postfix("mx.nalog-uvedomlenie.ru", "194.87.93.118", rdns="vm-4f2a91.netangels.ru", dkim_sel=None, tls="1.2",
                          zone="RU"))
    m.what = ("'Tax inspectorate No. 7 Moscow' demands documents within five days under art. 93.1 NK RF; the list is in a "
              "password-protected ZIP. Plain text in KOI8-R, 8bit.")
    m.why = ("Classic accountant-targeted RAT campaign: ZIP (password 4417) holds '…№4417.pdf.exe'; tax requirements arrive "
             "through the EDI operator/TKS with qualified signature, not by e-mail from nalog-uvedomlenie.ru; threat of "
             "penalties, five-day deadline.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 39, "ru", "diadok-lookalike-upd")
def a39(m):
    m.at("RU", 2026, 12, 2, 9, 14)
    m.mua = "sendgrid"
    link = m.url("https://diadoc-kontur.ru.auth-login.site/docflow/sign?box=7704518930&doc=UPD-1187")
    text = ("Контур.Диадок\n\n"
            "Вам поступил документ на подпись\n\n"
            "Отправитель: ООО «АкваТорг», ИНН %s\n"
            "Получатель: ООО «ЭКЗАМПЛ РУС», ИНН 7704518930\n"
            "Документ: УПД № 1187 от 01.12.2026 на сумму 1 248 390,00 руб.\n\n"
            "Срок подписания: 3 рабочих дня. Неподписанный документ будет автоматически отклонён.\n\n"
            "Открыть документ: %s\n\n"
            "Это уведомление отправлено автоматически, не отвечайте на него.\n© АО «ПФ «СКБ Контур»\n" % (AQ["inn"], link))
    html = ('<html><body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="padding:18px 26px;border-bottom:1px solid #e5e5e5;font-size:20px;color:#1f87ef"><b>Контур.Диадок</b></td></tr>'
            '<tr><td style="padding:24px 26px;font-size:14px;line-height:21px;color:#222"><b style="font-size:17px">Вам поступил документ на подпись</b><br><br>'
            'Отправитель: ООО «АкваТорг», ИНН %s<br>Получатель: ООО «ЭКЗАМПЛ РУС», ИНН 7704518930<br>Документ: <b>УПД № 1187 от 01.12.2026</b> на сумму 1 248 390,00 руб.<br><br>'
            'Срок подписания: 3 рабочих дня. Неподписанный документ будет автоматически отклонён.<br><br>'
            '<a href="%s" style="background:#1f87ef;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px">Открыть документ</a></td></tr>'
            '<tr><td style="padding:14px 26px;font-size:11px;color:#999">Это уведомление отправлено автоматически, не отвечайте на него.<br>© АО «ПФ «СКБ Контур»</td></tr>'
            '</table></body></html>' % (AQ["inn"], H(link)))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "base64"))
    m.send(body, ("Контур.Диадок", "noreply@diadoc-kontur.ru"), [S["ru_om"]],
           "Документ на подпись от ООО «АкваТорг»: УПД № 1187 от 01.12.2026",
           SY.sendgrid(custom_dom="diadoc-kontur.ru"),
           env_from="bounces+40217783-c1e9-olga.smirnova=example.com@em7731.diadoc-kontur.ru")
    m.what = ("'Kontur.Diadoc' notification: a UPD from the distributor AquaTorg for 1.25 million RUB waits for signature, "
              "auto-rejected after 3 days.")
    m.why = ("EDI-portal phishing: sender domain diadoc-kontur.ru (real notices come from diadoc.ru/kontur.ru), link to "
             "auth-login.site harvesting Diadoc credentials, sent through SendGrid; customer names and INN are public; "
             "the genuine Diadoc notice is business/39.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 40, "ru", "dosudebnaya-pretenziya-lnk")
def a40(m):
    m.at("RU", 2026, 12, 7, 15, 48)
    m.mua = "yandex"
    zname = "Претензия_417П_ТрансЛогистик.zip"
    lnk = "Досудебная_претензия_№417П.pdf.lnk"
    z = archive.make_zip([{"name": lnk, "data": inert("Windows shortcut (.lnk) running mshta/PowerShell", lnk), "date_time": (2026, 12, 7, 15, 30, 44)},
                          {"name": "Расчёт_неустойки.xlsx.lnk", "data": inert("Windows shortcut (.lnk)", "Расчёт_неустойки.xlsx.lnk"),
                           "date_time": (2026, 12, 7, 15, 30, 44)}], rng=m.rng)
    m.expect_attachments = [lnk]
    frm = ("Юридический отдел ООО «ТрансЛогистик»", "urist@translogistik-msk.ru")
    m.phone("+7 495 223 71 09")
    text = ("Добрый день.\n\n"
            "Направляем в Ваш адрес досудебную претензию № 417/П от 07.12.2026 по договору перевозки № ТЛ-2026/118 "
            "в связи с неоплатой оказанных услуг и простоем транспортных средств под разгрузкой на Вашем складе.\n\n"
            "Сумма требований с учётом неустойки составляет 386 450,00 руб. Расчёт неустойки и копии путевых листов "
            "в приложенном архиве.\n\n"
            "В случае неудовлетворения претензии в течение 10 календарных дней мы будем вынуждены обратиться в "
            "Арбитражный суд г. Москвы с отнесением на Вас судебных расходов.\n\n"
            "С уважением,\nюрисконсульт ООО «ТрансЛогистик»\nСавельев А.Н.\nтел. +7 495 223 71 09\n")
    html = "<div>" + "".join("<div>%s</div>" % (H(x) if x else "&nbsp;") for x in text.split("\n")) + "</div>"
    body = m.mixed(m.alt(m.plain(text, "utf-8", "base64"), m.html(html, "utf-8", "base64")),
                   m.attach(z, "application/zip", zname, style="generic"))
    m.send(body, frm, [S["ru_om"]], "Досудебная претензия № 417/П от 07.12.2026", SY.yandex(), cc=[S["ru_acc"]])
    m.what = ("Pre-trial claim No. 417/P from a Moscow transport company: unpaid freight and demurrage of 386,450 RUB, "
              "calculation and waybills in a ZIP, court threat within 10 days.")
    m.why = ("Legal-notice malware lure from a compromised Yandex 360 mailbox (DKIM/SPF pass): the ZIP contains "
             "'Досудебная_претензия_№417П.pdf.lnk' and 'Расчёт_неустойки.xlsx.lnk' shortcuts; no contract ТЛ-2026/118 exists, "
             "the Moscow office does not use this carrier.")
