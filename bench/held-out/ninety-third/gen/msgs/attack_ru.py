"""Attack messages, Russian (37-40)."""
from company import RU, S
from compose import att_zip

MESSAGES = [
    dict(
        n=37, lang="ru", slug="fns-trebovanie-yandex-disk",
        prof=("roundcube", dict(mta_helo="mx-out3.hostland-mail.ru", mta_rdns="mx-out3.hostland-mail.ru",
                                mta_ip="185.26.122.63", host="mx-out3.hostland-mail.ru",
                                webhost="webmail.hostland-mail.ru", client_ip="5.188.62.140",
                                zone="Europe/Moscow", version="1.6.6")),
        frm=("Межрайонная ИФНС России N 46 по г. Москве", "buh@stroymontazh-ural.ru"),
        to=[S("ru_acc")],
        subject="Требование о представлении пояснений N 13-28/48217 (НДС за 3 квартал 2026 г.)",
        when="2026-11-09 10:32:14",
        cs="koi8-r", cte="8bit",
        text="""Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 г. (рег. N 1218473920) выявлены расхождения между сведениями об операциях, содержащимися в декларации, и сведениями, представленными вашими контрагентами.

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации вам необходимо в течение пяти рабочих дней представить пояснения или внести соответствующие исправления в налоговую декларацию.

Требование о представлении пояснений N 13-28/48217 и перечень расхождений размещены по ссылке ниже (архив защищен паролем 2026):

https://disk.yandex.ru/d/Xk7pQ2mZ3rLw9A

Непредставление пояснений в установленный срок влечет ответственность, предусмотренную ст. 129.1 НК РФ.

Межрайонная ИФНС России N 46 по г. Москве
""",
        what="Fake tax-office (ФНС) demand for explanations with a password-protected archive on Yandex Disk.",
        why="The ФНС sends требования through the telecom operator (ТКС/ЭДО), never by e-mail with a file-share link; sender is a compromised Ural construction firm's mailbox (webmail from a hosting IP); abuses a genuine file-sharing service to host a password-protected archive (malware delivery); penalty threat.",
    ),
    dict(
        n=38, lang="ru", slug="smena-rekvizitov-lookalike-yandex360",
        prof=("yandex", dict(webmail=True)),
        frm=("Ирина Волкова", "i.volkova@severprodukt.com"),
        to=[S("ru_acc")],
        subject="Смена банковских реквизитов ООО «СеверПродукт» с 02.11.2026",
        when="2026-10-30 11:05:48",
        cs="utf-8", cte="base64", html=True, html_style="plain",
        text="""Добрый день, Ольга!

Уведомляем вас об изменении банковских реквизитов ООО «СеверПродукт» с 02.11.2026.

Новые реквизиты для оплаты:
Получатель: ООО «СеверПродукт»
ИНН %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Просим оплату по счетам № 1847 от 14.10.2026 и № 1863 от 28.10.2026 (на общую сумму 1 284 600,00 руб.) произвести уже по новым реквизитам. Счёт в ПАО Сбербанк закрывается, платежи на него будут возвращены.

Официальное письмо за подписью генерального директора направим по ЭДО в течение недели.

Просьба подтвердить получение письма ответом.

С уважением,
Ирина Волкова
Главный бухгалтер
ООО «СеверПродукт»
""" % (RU["inn_sever"], RU["acc_fraud"], RU["bik_fraud"], RU["corr_fraud"]),
        what="Supplier bank-detail change (смена реквизитов) from a look-alike of the Moscow food supplier.",
        why="Look-alike domain severprodukt.com (genuine: .ru) hosted on Yandex 360 – a genuine service abused; new account at another bank (valid BIK/control key, copied INN); open invoices redirected; the 'official letter' via ЭДО only 'later'; confirmation by reply only.",
    ),
    dict(
        n=39, lang="ru", slug="chestny-znak-ukep-blokirovka",
        prof=("vps", dict(helo="mail.chestnyznak-lk.ru", rdns="vm-4f21a.timeweb.cloud", ip="185.178.46.120",
                          mailer="phpmailer", zone="Europe/Moscow")),
        frm=("Честный ЗНАК", "noreply@chestnyznak-lk.ru"),
        to=[S("ru_mgr")],
        subject="Ограничение оборота молочной продукции: требуется подтверждение УКЭП",
        when="2026-11-13 08:55:31",
        cs="windows-1251", cte="quoted-printable", html="brand",
        brand=dict(name="Честный ЗНАК", color="#1d1d1b", logo="Честный ЗНАК"),
        text="""# Ограничение оборота молочной продукции

Уважаемый участник оборота товаров!

В государственной информационной системе мониторинга за оборотом товаров «Честный ЗНАК» выявлены расхождения в сведениях о выводе из оборота молочной продукции по ИНН %s (ООО «Экзампл Груп Рус»).

В соответствии с постановлением Правительства РФ от 15.12.2020 № 2099 при неустранении расхождений оборот продукции будет приостановлен с 20.11.2026.

Для снятия ограничений войдите в личный кабинет участника оборота и подтвердите действующий сертификат УКЭП:

[[Войти в личный кабинет|https://lk-chestnyznak.ru-crpt.online/auth?inn=%s]]

С уважением,
Служба поддержки «Честный ЗНАК»

~ ООО «Оператор-ЦРПТ»
""" % (RU["inn_example"], RU["inn_example"]),
        what="Fake 'Честный ЗНАК' (national product-labelling system) notice threatening to block dairy turnover unless the qualified e-signature is 'confirmed'.",
        why="Sent with PHPMailer from a Timeweb VPS under the look-alike domain chestnyznak-lk.ru; link host ru-crpt.online (the operator's domains are crpt.ru / chestnyznak.ru); goal is the company's qualified e-signature (УКЭП) or its PIN; real regulation cited for credibility.",
    ),
    dict(
        n=40, lang="ru", slug="pretenziya-zip-parol-mailru",
        prof=("mailru", dict(client_ip="95.24.18.77")),
        frm=("ООО ТоргСнаб - юридический отдел", "torgsnab.yurist@mail.ru"),
        to=[S("ru_mgr")],
        subject="Досудебная претензия N 318/26 - задолженность по договору поставки",
        when="2026-12-08 13:20:09",
        cs="koi8-r", cte="base64",
        text="""Добрый день.

Направляем в ваш адрес досудебную претензию N 318/26 в связи с неисполнением обязательств по оплате по договору поставки N 77/25 от 14.03.2025. Сумма задолженности составляет 486 230,00 руб., неустойка на дату претензии - 41 329,55 руб.

В случае неоплаты задолженности в течение 10 календарных дней с момента получения претензии мы будем вынуждены обратиться в Арбитражный суд г. Москвы с требованием о взыскании долга, неустойки и судебных расходов.

Претензия и акт сверки взаимных расчетов во вложении. Пароль к архиву: 3185

С уважением,
юридический отдел ООО "ТоргСнаб"
""",
        atts=[att_zip("Претензия_318-26_и_акт_сверки.zip",
                      ["Претензия_318-26.pdf.exe", "Акт_сверки_01.01-30.09.2026.xls.scr"],
                      password="3185", when=(2026, 12, 8, 13, 12, 40))],
        what="Pre-trial claim (досудебная претензия) from an unknown company with a password-protected archive.",
        why="No contract with 'ТоргСнаб' exists; free mail.ru address for a 'legal department'; encrypted archive with password in the body hides two executables (.pdf.exe, .xls.scr); court threat – a common Russian-language malware lure.",
    ),
]
