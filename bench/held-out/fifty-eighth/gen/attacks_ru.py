# -*- coding: utf-8 -*-
"""Attack messages 37-40 (Russian)."""
from common import *  # noqa: F401,F403
from company import NEV_INN, NEV_KPP


def a37():
    text = """\
Уважаемый налогоплательщик!

Межрайонной ИФНС России № 25 по Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г. выявлены расхождения (противоречия) сведений.

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации Вам направляется Требование о представлении пояснений № 13-27/4418 от 19.11.2026.

Пояснения необходимо представить в течение пяти рабочих дней со дня получения настоящего требования. Неисполнение требования влечет ответственность по ст. 129.1 НК РФ.

Требование и перечень расхождений во вложении. В целях защиты налоговой тайны архив защищен паролем: 4418

С уважением,
Отдел камеральных налоговых проверок № 2
Межрайонная ИФНС России № 25 по Санкт-Петербургу"""
    z = zip_part("Требование_13-27-4418.zip",
                 [("Trebovanie_13-27-4418_perechen_rashozhdeniy.pdf.exe", A.PLACEHOLDER)], password="4418",
                 date_time=(2026, 11, 19, 9, 58, 0), fname_enc=("windows-1251", "B"))
    return Mail("ru", "fns-trebovanie-zip-parol", "postfix", (2026, 11, 19, 10, 17, 25),
                ("ФНС России - Межрайонная ИФНС № 25", "info@stroykomplekt-spb.ru"), [S("ru_acc")],
                "Требование о представлении пояснений № 13-27/4418 (ст. 88 НК РФ)",
                B.mixed(B.plain(text, "windows-1251", "base64"), z), hcs=("windows-1251", "B"),
                p=dict(mta=("smtp.beget.com", "5.101.153.80"), client_ip=("unknown", "193.233.48.112"),
                       lan="192.168.0.115", ua="thebat", auth="info@stroykomplekt-spb.ru"),
                what="Tax-office (FNS) 'requirement to provide explanations' with a password-protected ZIP "
                     "containing an executable",
                why="FNS delivers requirements through the TKS electronic-reporting operator, never as e-mail from a "
                    "construction firm's compromised Beget mailbox; ZipCrypto archive with the password in the "
                    "text (scanner evasion) holding a .pdf.exe; legal-liability pressure.")


def a38():
    bik = "044525974"
    ks = bk.ru_account(bik, "30101810145250000974", True)
    rs = bk.ru_account(bik, "40702810910001742358")
    text = """\
Ольга, добрый день!

Информирую Вас о смене банковских реквизитов ООО «Невская экспедиция» в связи с переводом расчетного обслуживания в другой банк. Начиная с сегодняшнего дня просим все платежи, в том числе по счетам № 2198 и № 2211, направлять по новым реквизитам:

Получатель: ООО «Невская экспедиция»
ИНН/КПП: %s / %s
Р/с: %s
Банк: АО «ТБанк», г. Москва
БИК: %s
К/с: %s

Старый счет в ПАО Сбербанк будет закрыт до конца недели, платежи на него будут возвращены. Официальное письмо с подписью генерального директора направим оригиналом почтой.

Прошу подтвердить получение и сообщить дату оплаты.

С уважением,
Игорь Волков
Руководитель отдела экспедирования
ООО «Невская экспедиция»""" % (NEV_INN, NEV_KPP, rs, bik, ks)
    return Mail("ru", "nevskaya-lookalike-smena-rekvizitov", "postfix", (2026, 11, 24, 14, 50, 2),
                ("Игорь Волков", "i.volkov@nevexp.com"), [S("ru_acc")],
                "Изменение банковских реквизитов ООО «Невская экспедиция»",
                B.plain(text, "windows-1251", "quoted-printable"), hcs=("windows-1251", "B"),
                p=dict(mta=("mail.nevexp.com", "92.53.97.14"), rdns="ptr-92-53-97-14.timeweb.ru",
                       client_ip=("unknown", "92.53.97.14"), lan="127.0.0.1", ua="thebat"),
                what="Sub-agent bank-detail change from a look-alike of Nevsky Forwarding (nevexp.com vs nevexp.ru)",
                why="Look-alike .com domain on a Timeweb VPS; new account at a different bank (valid BIK key, so it "
                    "passes format checks); old account 'closing this week'; asks for payment date - invoice "
                    "redirection fraud. The genuine forwarder's invoice (B37) keeps the Sberbank details.",
                hn=["B37"])


def a39():
    url = "https://diadoc-notify.ru/auth/login?box=9f2c1e7a&doc=UPD-1187&ReturnUrl=%2Fdocs%2Finbox"
    text = """\
Здравствуйте!

Вам поступил новый документ от контрагента ООО «Балтийский контейнерный терминал»:

Тип документа: Универсальный передаточный документ (УПД)
Номер: 1187 от 07.12.2026
Сумма: 418 650,00 ₽, в т.ч. НДС 22%%
Статус: требуется подпись

Документ необходимо подписать до 10.12.2026, иначе он будет автоматически отклонен.

[[btn:Перейти к документу|%s]]

Это письмо отправлено автоматически сервисом Контур.Диадок. Настроить уведомления можно в личном кабинете.""" % url
    return Mail("ru", "diadok-edo-upd-phishing", "webmail", (2026, 12, 8, 9, 22, 41),
                ("Контур.Диадок", "info@diadoc-notify.ru"), [S("ru_mgr")],
                "Вам поступил документ: УПД № 1187 от ООО «Балтийский контейнерный терминал»",
                B.alt(text, "brand", "utf-8", "base64", brand="Контур.Диадок", color="#1f87ef", lang="ru",
                      footer="АО «ПФ «СКБ Контур», Екатеринбург", linkstyle="bracket"),
                hcs=("utf-8", "B"), p=dict(kind="mailru"),
                what="E-document-flow (EDO, Kontur.Diadoc) notification phishing",
                why="Sent from diadoc-notify.ru through Mail.ru for Business, not from Kontur's domains; the button "
                    "opens a look-alike login collecting Diadoc credentials; auto-rejection deadline.")


def a40():
    text = """\
Уважаемый пользователь!

Ваш почтовый ящик aleksei.smirnov@examplegroup.eu заполнен на 98% (4,9 ГБ из 5 ГБ). Входящие письма от клиентов и контрагентов могут отклоняться сервером.

В рамках перехода на новую квоту 50 ГБ для сотрудников представительства в Санкт-Петербурге необходимо подтвердить учетную запись до 17.12.2026. Неподтвержденные ящики будут переведены в режим только для чтения.

Подтвердить учетную запись:
https://owa-examplegroup.eu.mail-verify.online/owa/auth/logon.aspx?u=aleksei.smirnov@examplegroup.eu

Отдел информационных технологий
Example Group, Гамбург"""
    return Mail("ru", "it-kvota-yashchika-owa-phishing", "postfix", (2026, 12, 15, 8, 41, 17),
                ("IT Example Group", "postmaster@examplegroup-eu.ru"), [S("ru_mgr")],
                "Ваш почтовый ящик переполнен - требуется подтверждение",
                B.plain(text, "koi8-r", "8bit"), hcs=("koi8-r", "B"),
                p=dict(mta=("mail.examplegroup-eu.ru", "45.141.84.22"), rdns="unknown", ua="roundcube"),
                what="Mailbox-quota phishing in the company's own branding (fake OWA login)",
                why="Look-alike examplegroup-eu.ru from a host without reverse DNS instead of the internal relay; "
                    "link to an OWA clone on mail-verify.online; read-only threat; the real IT notice (B40) "
                    "explicitly says IT never asks for passwords via links.",
                hn=["B40"])


def messages():
    return [a37(), a38(), a39(), a40()]
