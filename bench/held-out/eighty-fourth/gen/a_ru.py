"""Russian attack messages (37-40)."""
from common import *  # noqa: F401,F403


def a37():
    body = D("""
        Добрый день!

        Направляем акт сверки взаиморасчетов между ООО "СевЗапТранс" и ООО "Экзампл Груп Рус" за период с 01.01.2026 по 30.09.2026.

        По нашим данным на 30.09.2026 задолженность в пользу ООО "СевЗапТранс" составляет 284 716,40 руб.

        Просим проверить акт, подписать и вернуть скан в течение 5 рабочих дней. При наличии расхождений сообщите, пожалуйста, с указанием документов.

        Архив защищен паролем по требованию нашей службы безопасности. Пароль: 2026

        С уважением,
        Ирина Лебедева
        главный бухгалтер ООО "СевЗапТранс"
        тел. (812) 448-17-30
        """)
    z = zip_att([("Акт сверки 01.01.2026-30.09.2026.pdf.exe",
                  b"INERT TEST PLACEHOLDER - not a real executable (mail gateway evaluation)\n")],
                "Акт_сверки_9мес_2026.zip", password="2026", seed="a37", dt=(2026, 10, 14, 11, 2, 18),
                fname_cs="koi8-r")
    return Msg("37-ru-akt-sverki-zaparolennyi-arhiv", "attack",
               ("Бухгалтерия СевЗапТранс", "buh@sevzaptrans-spb.ru"), [S("volkova")],
               "Акт сверки взаиморасчетов за 9 месяцев 2026 г.",
               ("MSK", 2026, 10, 14, 11, 20, 36),
               ("postfix", dict(host="mail.sevzaptrans-spb.ru", ip="45.141.84.219", rdns="vm3358217.firstbyte.club",
                                client=("[192.168.0.101]", None, "45.141.84.12"), mua="thebat")),
               mixed(text(body, "koi8-r", "base64"), z),
               name_cs="koi8-r", name_enc="B",
               what="Malspam 'reconciliation statement' (акт сверки) from a carrier look-alike, password-protected ZIP with a .pdf.exe.",
               why="Look-alike domain sevzaptrans-spb.ru (real: sevzaptrans.ru) on a cheap VPS; the real carrier exchanges acts via EDI (Diadoc) as PDF; encrypted archive with the password in the text and an executable with double extension – a classic Russian-language loader campaign.",
               techniques=["look-alike carrier domain", "password-protected ZIP (ZipCrypto)", "double-extension executable"])


def a38():
    link = "https://nalog-uvedomlenie.ru/lkul/trebovanie/12-08-47155.zip"
    txt = D("""
        Уважаемый налогоплательщик!

        В соответствии со статьями 31, 88 и 93 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 г. выявлены расхождения между сведениями о сделках, отраженными в Вашей декларации, и декларациями Ваших контрагентов.

        Организация: ООО «Экзампл Груп Рус»
        ИНН/КПП: %s / %s
        Требование: № 12-08/47155 от 05.11.2026

        Вам необходимо в течение 5 рабочих дней представить пояснения или внести исправления в налоговую декларацию. Непредставление пояснений в установленный срок влечет ответственность по статье 129.1 НК РФ и может стать основанием для приостановления операций по счетам.

        Текст требования и реестр расхождений доступны для скачивания:
        %s

        Межрайонная ИФНС России № 15 по Санкт-Петербургу
        """) % (RU["eg_inn"], RU["eg_kpp"], link)
    h = html_simple(D("""
        <div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px;color:#1a1a1a">
        <div style="background:#1a4b8c;color:#ffffff;padding:12px 18px;font-size:17px;font-weight:bold">ФНС России &mdash; Личный кабинет налогоплательщика юридического лица</div>
        <p>Уважаемый налогоплательщик!</p>
        <p>В соответствии со статьями 31, 88 и 93 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 г. выявлены расхождения между сведениями о сделках, отраженными в Вашей декларации, и декларациями Ваших контрагентов.</p>
        <table style="font-size:14px;background:#f1f4f8;padding:8px"><tr><td>Организация:</td><td>ООО «Экзампл Груп Рус»</td></tr>
        <tr><td>ИНН/КПП:</td><td>%s / %s</td></tr><tr><td>Требование:</td><td>№ 12-08/47155 от 05.11.2026</td></tr></table>
        <p>Вам необходимо в течение <b>5 рабочих дней</b> представить пояснения или внести исправления в налоговую декларацию. Непредставление пояснений в установленный срок влечет ответственность по статье 129.1 НК РФ и может стать основанием для приостановления операций по счетам.</p>
        <p><a href="%s" style="background:#1a4b8c;color:#ffffff;padding:9px 18px;text-decoration:none">Скачать требование и реестр расхождений</a></p>
        <p>Межрайонная ИФНС России № 15 по Санкт-Петербургу</p></div>""") % (RU["eg_inn"], RU["eg_kpp"], link),
        "windows-1251", "ФНС России")
    return Msg("38-ru-fns-trebovanie-poyasneniya", "attack",
               ("ФНС России", "uvedomlenie@nalog-uvedomlenie.ru"), [S("volkova")],
               "Требование о представлении пояснений № 12-08/47155 (НДС, 3 квартал 2026 г.)",
               ("MSK", 2026, 11, 5, 10, 2, 57),
               ("exim", dict(host="server214.hosting-spb.ru", ip="31.31.198.214", client_ip="127.0.0.1",
                             php_script="2817:wp-admin/includes/class-wp-mailer-ext.php", local=True)),
               alt(text(txt, "windows-1251", "quoted-printable"), html(h, "windows-1251", "quoted-printable")),
               name_cs="windows-1251", name_enc="B",
               what="Tax-office malware lure: fake FNS 'requirement to provide explanations' on VAT with a link to a ZIP 'requirement'.",
               why="The FNS sends requirements through the accredited EDI operator (TKS), not by e-mail with download links; nalog-uvedomlenie.ru is not nalog.gov.ru; sent by a PHP script on a compromised host; threat of account suspension.",
               techniques=["tax-office impersonation (FNS)", "malware download link (ZIP)", "compromised web server / PHP mailer"])


def a39():
    body = D("""
        Екатерина, доброе утро.

        Сегодня с вами свяжется Павел Игоревич Миронов, сотрудник департамента финансового мониторинга. В отношении одного из наших контрагентов идёт проверка по 115-ФЗ, и есть риск, что под блокировку попадут и наши счета. Я в курсе ситуации и дал ему ваш контакт.

        Он напишет вам в Telegram. Прошу отнестись серьёзно и выполнять его указания — всё согласовано со мной. Информация строго конфиденциальная: до окончания проверки никому не сообщайте, в том числе коллегам в Германии.

        Пишу с личной почты, рабочую пока по понятным причинам не использую.

        Андрей Соколов
        """)
    return Msg("39-ru-rukovoditel-telegram-kurator", "attack",
               ("Андрей Соколов", "a.sokolov.examplegroup@yandex.ru"), [S("volkova")],
               "Конфиденциально", ("MSK", 2026, 11, 24, 9, 48, 3),
               ("yandex", dict(client_ip="176.59.44.201")),
               text(body, "utf-8", "8bit"),
               name_cs="utf-8", name_enc="B",
               what="'Fake boss' vishing pretext: the 'office manager' tells the accountant that a financial-monitoring officer will contact her on Telegram and must be obeyed in secret.",
               why="Impersonates Andrei Sokolov from a Yandex address he does not use; hands the victim to a 'curator' on Telegram, demands secrecy from the German HQ – the widespread Russian 'fake boss / FSB-curator' scam leading to transfers or loans.",
               techniques=["fake-boss / messenger vishing pretext (Telegram)", "manager impersonation via freemail"])


def a40():
    link = "https://sberbusiness-online.ru/sbbol/cert/renew?inn=%s" % RU["eg_inn"]
    txt = D("""
        Уважаемый клиент!

        Срок действия сертификата ключа проверки электронной подписи, выданного сотруднику Вашей организации для работы в СберБизнес, истекает 03.12.2026.

        Организация: ООО «Экзампл Груп Рус», ИНН %s
        Владелец сертификата: Волкова Екатерина Сергеевна
        Серийный номер: 7C00F2A91E4B8D0512

        После окончания срока действия подписание платежных поручений станет невозможным. Чтобы перевыпустить сертификат без визита в отделение, войдите в систему по ссылке и подтвердите данные кодом из SMS:
        %s

        С уважением,
        СберБизнес
        """) % (RU["eg_inn"], link)
    h = html_simple(D("""
        <div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px;color:#1f1f22">
        <div style="background:#21a038;color:#ffffff;padding:14px 20px;font-size:20px;font-weight:bold">СберБизнес</div>
        <p>Уважаемый клиент!</p>
        <p>Срок действия сертификата ключа проверки электронной подписи, выданного сотруднику Вашей организации для работы в СберБизнес, истекает <b>03.12.2026</b>.</p>
        <table style="background:#f2f5f3;padding:8px;font-size:14px"><tr><td>Организация:</td><td>ООО «Экзампл Груп Рус», ИНН %s</td></tr>
        <tr><td>Владелец сертификата:</td><td>Волкова Екатерина Сергеевна</td></tr><tr><td>Серийный номер:</td><td>7C00F2A91E4B8D0512</td></tr></table>
        <p>После окончания срока действия подписание платежных поручений станет невозможным. Чтобы перевыпустить сертификат без визита в отделение, войдите в систему и подтвердите данные кодом из SMS.</p>
        <p><a href="%s" style="background:#21a038;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:4px">Перевыпустить сертификат</a></p>
        <p>С уважением,<br>СберБизнес</p></div>""") % (RU["eg_inn"], link), "windows-1251", "СберБизнес")
    return Msg("40-ru-sberbiznes-sertifikat-podpisi", "attack",
               ("СберБизнес", "uvedomleniya@sberbusiness-online.ru"), [S("volkova")],
               "Срок действия сертификата электронной подписи истекает 03.12.2026",
               ("MSK", 2026, 11, 30, 8, 5, 31),
               ("postfix", dict(host="mail.sberbusiness-online.ru", ip="185.246.220.17", rdns="unknown",
                                client=("localhost", "localhost", "127.0.0.1"), auth=False, mua="phpmailer")),
               alt(text(txt, "windows-1251", "base64"), html(h, "windows-1251", "base64")),
               name_cs="windows-1251", name_enc="B",
               what="Bank credential phishing: fake 'SberBusiness' notice that the accountant's e-signature certificate expires, link to re-issue with SMS code.",
               why="Look-alike domain on a VPS without reverse DNS, PHPMailer; the bank's real domain is sberbank.ru/sberbusiness; harvesting the online-banking login and SMS code enables fraudulent payment orders.",
               techniques=["bank impersonation (online banking)", "credential + OTP phishing"])


def messages():
    return [a37(), a38(), a39(), a40()]
