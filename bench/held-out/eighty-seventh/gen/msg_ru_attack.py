"""Russian attack messages (37-40)."""
from company import S, RU_BANK
from common import placeholder_zip, pdf_att
from infra import TLS12, TLS13


def messages():
    M = []
    eg = RU_BANK["eg_ru"]
    fake = RU_BANK["sevupak_fake"]
    # ----------------------------------------------------------------- 37
    M.append(dict(
        slug="fns-trebovanie-arkhiv-parol",
        date="2026-11-12 10:14:37", zone="RU",
        frm=("Межрайонная ИФНС России № 17 по Санкт-Петербургу", "ifns17.spb.trebovaniya@mail.ru"),
        to=[S("ru_acc", native=True)],
        subject="Требование о представлении пояснений № 17-08/44718 от 12.11.2026",
        via="mailru", via_opts=dict(client_ip="176.59.44.120"),
        charset="utf-8", cte="base64", html="simple", html_cte="base64",
        text="""Уважаемый налогоплательщик!

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации по результатам камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г. ООО «ЭКЗАМПЛ ГРУП РУС» (ИНН %s) выявлены расхождения между сведениями об операциях, содержащимися в декларации, и сведениями, представленными вашими контрагентами.

Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения либо внести исправления в налоговую декларацию. Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ и может стать основанием для приостановления операций по счетам.

Требование и перечень расхождений направлены во вложении. В целях соблюдения налоговой тайны архив защищён паролем: 44718

Старший государственный налоговый инспектор
отдела камеральных проверок № 2
Межрайонной ИФНС России № 17 по Санкт-Петербургу""" % eg["inn"],
        attach=[placeholder_zip("Требование_17-08-44718.zip", "Требование_17-08-44718.pdf.scr",
                                password="44718", seed="ru-fns-zip", fn_style="2047",
                                date_time=(2026, 11, 12, 9, 51, 6))],
        what="Malware lure with a password-protected archive: a fake tax-office 'request for explanations' (НДС discrepancies) whose ZIP holds a screensaver executable disguised as a PDF.",
        why="Tax offices send requirements through the certified e-reporting channel (ТКС), never from mail.ru; the encrypted archive with the password in the text evades scanning; .pdf.scr double extension; threat of frozen bank accounts.",
    ))
    # ----------------------------------------------------------------- 38
    M.append(dict(
        slug="severnaya-upakovka-lookalike-rekvizity",
        date="2026-11-16 11:38:05", zone="RU",
        frm=("Марина Кузнецова", "m.kuznetsova@sev-upak.com"),
        to=[S("ru_acc", native=True)],
        subject="Изменение банковских реквизитов ООО «Северная Упаковка»",
        via="smtp_client",
        via_opts=dict(client="thebat", out=("mail.sev-upak.com", "unknown", "185.105.108.214"),
                      sub_host="mail.sev-upak.com", public_ip="185.220.101.33", zone="RU"),
        charset="windows-1251", cte="quoted-printable",
        text="""Ольга, добрый день!

Сообщаем, что с 16.11.2026 расчётный счёт ООО «Северная Упаковка» в ПАО Сбербанк закрывается в связи с переходом на обслуживание в другой банк. Платежи, поступившие на старый счёт после этой даты, будут возвращены.

Просим оплату по счетам № 1184 от 02.11.2026 и № 1207 от 13.11.2026 (итого 612 480,00 руб., в т.ч. НДС 22%%) произвести по новым реквизитам:

Получатель: ООО «Северная Упаковка»
ИНН %s  КПП %s
Р/с %s
Банк: %s
БИК %s
К/с %s

Письмо о смене реквизитов с подписью генерального директора и печатью прилагаю. Дополнительное соглашение к договору пришлём на подпись через ЭДО на следующей неделе, оплату просим не задерживать – склад отгрузит вашу декабрьскую заявку только после поступления денег.

--
С уважением,
Марина Кузнецова
менеджер по работе с клиентами
ООО «Северная Упаковка»
тел. +7 (812) 448-17-20""" % (fake["inn"], fake["kpp"], fake["rs"], fake["bank"], fake["bik"], fake["ks"]),
        attach=[pdf_att("Pismo_smena_rekvizitov.pdf", [
            "# OOO Severnaya Upakovka", "INN %s / KPP %s" % (fake["inn"], fake["kpp"]), "",
            "## Pis'mo ob izmenenii bankovskikh rekvizitov", "",
            "Soobshchaem, chto s 16.11.2026 oplatu sleduet proizvodit' po rekvizitam:",
            "R/s %s" % fake["rs"], "Bank: AO TBank", "BIK %s" % fake["bik"], "K/s %s" % fake["ks"], "",
            "General'nyi direktor  ______________  A.V. Sokolov", "M.P."],
            title="Pismo", producer="Microsoft: Print To PDF")],
        what="Supplier bank-detail change in Russian from the look-alike domain sev-upak.com (genuine: sev-upak.ru): invoices 1184 and 1207 should be paid to a new account at another bank.",
        why="Look-alike .com domain, server without reverse DNS, submitted from a Tor exit address; 'old account closes, payments will bounce'; pressure via withheld December shipment; the new account (valid key for its BIK) differs from the contract account; genuine invoice mail (business 38) comes from sev-upak.ru with the Sberbank account.",
    ))
    # ----------------------------------------------------------------- 39
    dd_link = "https://diadok-edo.ru/auth/login?doc=upd-1219&box=%s" % eg["inn"]
    M.append(dict(
        slug="diadok-dokument-podpis",
        date="2026-11-19 09:52:40", zone="RU",
        frm=("Контур.Диадок", "noreply@diadok-edo.ru"),
        to=[S("ru_acc", native=True)],
        subject="Вам поступил документ от ООО «Северная Упаковка» — требуется подпись",
        via="smtp_client",
        via_opts=dict(client="script", out=("mail.diadok-edo.ru", "vds-1187734.hosted-by-vdsina.ru", "45.134.26.118"),
                      sub_style="local", sub_host="mail.diadok-edo.ru", zone="RU", tls=TLS12),
        charset="koi8-r", cte="base64", html="brand", html_cte="base64",
        brand=dict(name="Контур.Диадок", color="#0075c9", button=("Перейти к документу", dd_link),
                   footer="СКБ Контур – Диадок\nЭто письмо отправлено автоматически, отвечать на него не нужно."),
        text="""Здравствуйте!

В ящик организации ООО «ЭКЗАМПЛ ГРУП РУС» поступил документ, требующий подписания:

Отправитель: ООО «Северная Упаковка»
Документ: УПД № 1219 от 18.11.2026
Сумма: 184 320,00 руб.

Срок подписания истекает 20.11.2026. Неподписанные документы будут автоматически отклонены.

[[Перейти к документу|%s]]

Для входа используйте логин и пароль от Диадока или сертификат электронной подписи.

С уважением,
команда Диадока""" % dd_link,
        what="E-document-exchange phishing: fake Kontur.Diadoc notice of a UPD from a known supplier awaiting signature, linking to a look-alike login.",
        why="Sender domain diadok-edo.ru is not Kontur (diadoc.kontur.ru / kontur.ru), sent from a cheap VDS; link asks for Diadoc login/password; 'auto-rejected tomorrow' pressure. The genuine Diadoc notification (business 39) links to diadoc.kontur.ru.",
    ))
    # ----------------------------------------------------------------- 40
    M.append(dict(
        slug="rospotrebnadzor-proverka-yandex-disk",
        date="2026-11-24 15:06:12", zone="RU",
        frm=("Управление Роспотребнадзора по г. Санкт-Петербургу", "rpn.spb.kontrol@yandex.ru"),
        to=[S("ru_mgr", native=True)],
        subject="Решение о проведении внеплановой выездной проверки № 78-00-05/27-11842-2026",
        via="yandex", via_opts=dict(web=True),
        charset="utf-8", cte="base64", html="simple", html_cte="base64",
        text="""Генеральному директору ООО «ЭКЗАМПЛ ГРУП РУС»

В связи с поступившим обращением потребителя о случае пищевого отравления после посещения кафе-пекарни по адресу: Санкт-Петербург, Московский пр-т, д. 212, Управлением принято решение о проведении внеплановой выездной проверки соблюдения санитарно-эпидемиологических требований.

С решением о проведении проверки и перечнем документов, которые необходимо подготовить к 27.11.2026 (журналы бракеража, медицинские книжки персонала, программа производственного контроля), необходимо ознакомиться в течение 24 часов.

Документы размещены в защищённом хранилище:
https://disk.yandex.ru/d/Xk3vQ9m2Lp7RtA
Пароль к архиву: 2026

Неознакомление с решением не освобождает от ответственности по ст. 19.4.1 КоАП РФ.

Главный специалист-эксперт
отдела надзора по гигиене питания""",
        what="Regulator impersonation with an abused file-sharing service: fake Rospotrebnadzor 'unscheduled inspection decision' delivered as a password-protected archive on Yandex Disk.",
        why="A federal authority does not write from a yandex.ru mailbox or share decisions via Yandex Disk; real inspections are registered in ЕРКНМ and notified via Госуслуги; 24-hour pressure and liability threat; password-protected archive on a trusted service evades gateway scanning.",
    ))
    return M
