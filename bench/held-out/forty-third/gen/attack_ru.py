"""Attack messages 37-40 (Russian)."""
from datetime import timedelta

from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM, local
from company import E, A, INN_EXAMPLE_RU, INN_A40, BIK_A40, RS_A40, KS_A40
from reg import attack, alt, mixed
import infra
import infra2
import files


@attack(37, 'ru', 'fns-trebovanie-zip',
        '"Межрайонная ИФНС № 46" demands explanations on the Q3 VAT return within 5 working days; the '
        '"requirement" is a password-protected ZIP, password in the body.',
        'The tax service sends требования through the EDI operator with a qualified signature, not as a '
        'ZIP from a building-materials firm\'s mailbox (compromised, logged in from a foreign VPS); '
        'ZipCrypto hides the content from scanners and it holds a ".pdf.lnk" shortcut (inert placeholder '
        'here); threat of account freezing (art. 76 НК РФ). Genuine counterpart: business 40.')
def a37(m):
    t = T(2026, 11, 24, 6, 55, 17)
    sender = 'info@stroymaterialy-tula.ru'
    f = dict(sender=sender, rcpt=E('ru_acc'), frm=addr('Межрайонная ИФНС России № 46 по г. Москве', sender, 'windows-1251', 'B'),
             to=E('ru_acc'), subject='Требование о представлении пояснений № 12-07/48813 от 24.11.2026',
             scs=('windows-1251', 'B'))
    infra.exim_cpanel(m, t, f, 'server146.hosting.reg.ru', '31.31.198.146', client_ip='193.233.21.88',
                      zone='RU', mid_style='thebat', ua=infra.XM_THEBAT)
    src = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 46 по г. Москве в соответствии со статьями 31, 88, 93 Налогового кодекса Российской Федерации направляет требование о представлении пояснений в связи с выявленными расхождениями в налоговой декларации по НДС за 3 квартал 2026 года.

Налогоплательщик: ООО «Экзампл Рус», ИНН %s

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Неисполнение требования влечёт ответственность по ст. 129.1 НК РФ и может стать основанием для приостановления операций по счетам налогоплательщика (п. 3.2 ст. 76 НК РФ).

Требование и перечень расхождений находятся во вложении. Архив защищён паролем в целях сохранения налоговой тайны.
Пароль: 48813

Межрайонная ИФНС России № 46 по г. Москве
""" % INN_EXAMPLE_RU
    z = files.make_zip([('Требование_№_12-07_48813.pdf.lnk', files.PLACEHOLDER)],
                       local(t, 'RU')[0].replace(tzinfo=None) - timedelta(minutes=12),
                       password='48813', seed=m.seed('zip'))
    m.body = mixed(m, 'thebat', text(src, 'windows-1251', '8bit'),
                   attach(z, 'application/zip', 'Требование_ФНС_№_12-07_48813.zip', name_style='ew'))


CZ_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b">
<div style="max-width:620px;margin:20px auto;background:#fff">
<div style="background:#1d1d1b;padding:16px 24px;color:#ffd400;font-size:20px;font-weight:bold">ЧЕСТНЫЙ ЗНАК</div>
<div style="padding:24px;line-height:21px">%(body)s
<p style="text-align:center;margin:26px 0"><a href="%(url)s" style="background:#ffd400;color:#1d1d1b;padding:12px 26px;text-decoration:none;font-weight:bold">Перейти в личный кабинет</a></p>
<p style="font-size:12px;color:#777">Служба поддержки ГИС МТ «Честный ЗНАК»</p></div></div></body></html>
"""


@attack(38, 'ru', 'chestny-znak-blokirovka',
        '"Честный ЗНАК" warns that 1,284 marking codes for perfume and cosmetics imported by the Russian '
        'entity will be blocked on 01.12 unless the qualified e-signature is re-confirmed in the personal '
        'account.',
        'Trade-specific: cosmetics are subject to mandatory marking in Russia, so the threat is credible; '
        'but the mail is a UniSender campaign from chestnyznak-support.ru and the button leads to a fake '
        'личный кабинет harvesting login and signature PIN; blocking threat with a hard date.')
def a38(m):
    t = T(2026, 11, 25, 9, 12, 40)
    sender = 'info@chestnyznak-support.ru'
    f = dict(sender=sender, rcpt=E('ru_mgr'), frm=addr('Честный ЗНАК', sender, 'UTF-8', 'B'), to=E('ru_mgr'),
             subject='Блокировка кодов маркировки: требуется подтверждение УКЭП до 01.12.2026')
    infra2.unisender(m, t, f)
    url = 'https://lk-chestnyznak.ru.auth-crpt.com/login?r=%s' % H(m.seed('r'), 18, ALNUM)
    body = """Уважаемый участник оборота товаров!

В ходе автоматической проверки в ГИС МТ выявлены коды маркировки парфюмерной и косметической продукции, введённые в оборот ООО «Экзампл Рус» (ИНН %s) с нарушением сроков передачи сведений о вводе товаров в оборот (импорт).

Статус: 1 284 кода идентификации будут заблокированы 01.12.2026. Продажа заблокированных товаров через кассу и маркетплейсы (Wildberries, Ozon) станет невозможной.

Для снятия блокировки необходимо повторно подтвердить сертификат УКЭП руководителя в личном кабинете.""" % INN_EXAMPLE_RU
    plain = body + '\n\nПерейти в личный кабинет: %s\n\nС уважением,\nСлужба поддержки ГИС МТ «Честный ЗНАК»\n' % url
    hb = ''.join('<p>%s</p>' % esc(p) for p in body.split('\n\n'))
    m.body = multi('alternative', [text(plain, 'UTF-8', 'base64'),
                                   text(CZ_HTML % dict(body=hb, url=esc(url)), 'UTF-8', 'base64', 'html')],
                   boundary('hex', m.seed('alt')))


@attack(39, 'ru', 'sberbusiness-novoe-ustroystvo',
        '"СберБизнес" alert about a login from a new device in Krasnodar with a button to block access '
        'and change the password.',
        'Sent by a PHP script on a compromised reg.ru-hosted site with a bank display name; the "block '
        'access" page is a look-alike of the bank login that also asks for the SMS code; addresses the '
        'chief accountant by name and patronymic (scraped), fear-based urgency.')
def a39(m):
    t = T(2026, 11, 26, 5, 21, 9)
    sender = 'noreply@sbbol-uvedomleniya.ru'
    f = dict(sender=sender, rcpt=E('ru_acc'), frm=addr('СберБизнес', sender, 'koi8-r', 'B'), to=E('ru_acc'),
             subject='СберБизнес: вход с нового устройства', scs=('koi8-r', 'B'))
    infra.exim_cpanel(m, t, f, 'server88.hosting.reg.ru', '31.31.196.88', zone='RU', local_user='u1874532',
                      script='1874532:/var/www/u1874532/data/www/avtoservis-kzn.ru/wp-admin/includes/m.php')
    url = 'https://sbbol-uvedomleniya.ru/sbi/block/?id=%s' % H(m.seed('id'), 20, ALNUM)
    src = """Ольга Викторовна, здравствуйте!

Выполнен вход в СберБизнес с нового устройства:
Устройство: Windows 10, Яндекс Браузер 24.10
Местоположение: г. Краснодар
Время: 26.11.2026 08:14 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в систему, срочно заблокируйте доступ и смените пароль, чтобы злоумышленники не смогли провести платёж:

Заблокировать доступ: %s

Служба безопасности СберБизнес
""" % url
    html = ('<html><body style="font-family:Arial;font-size:14px"><div style="background:#21a038;color:#fff;padding:12px 18px;'
            'font-size:18px">СберБизнес</div>' + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in src.strip().split('\n\n')[:3])
            + '<p><a href="%s" style="background:#21a038;color:#fff;padding:9px 18px;text-decoration:none">Заблокировать доступ</a></p>'
            '<p>Служба безопасности СберБизнес</p></body></html>' % esc(url))
    m.body = multi('alternative', [text(src, 'koi8-r', 'quoted-printable'),
                                   text(html, 'koi8-r', 'quoted-printable', 'html')],
                   boundary('phpmailer', m.seed('alt')))


@attack(40, 'ru', 'lzhedirektor-predoplata',
        '"Дмитрий Соколов" writes from a personal Yandex address: pay a RUB 1,870,000 advance to a new '
        'packaging supplier today by 15:00, "agreed with Jürgen Höfer", send the payment order here.',
        'Fake-director BEC: free-mail impersonation of the general director, urgency, claimed HQ approval, '
        'phone "dead", new counterparty; the account details are formally valid (BIK control key, real '
        'correspondent account) so bank checks pass. Compare the genuine carrier invoice in business 39.')
def a40(m):
    t = T(2026, 11, 27, 8, 2, 33)
    sender = 'dmitry.sokolov.ex@yandex.ru'
    f = dict(sender=sender, rcpt=E('ru_acc'), frm=addr('Дмитрий Соколов', sender, 'utf-8', 'B'), to=E('ru_acc'),
             subject='Срочная оплата сегодня')
    st = infra.yandex(m, t, f)
    src = """Ольга, добрый день.

Нужно сегодня до 15:00 оплатить аванс новому поставщику упаковки – договор подписали вчера вечером, оригиналы привезут в понедельник. Головной офис в курсе, согласовано с Юргеном Хёфером. Я на переговорах в Казани, корпоративная почта на ноутбуке не работает, поэтому пишу с личной.

Реквизиты:
Получатель: ООО «ПромПак Решения»
ИНН %s, КПП 772801001
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s
Назначение платежа: Предоплата по счёту № 318 от 26.11.2026 за упаковочные материалы. Сумма 1 870 000-00, в т.ч. НДС (22%%) 337 213-11

Сумма: 1 870 000,00 руб.

Платёжку сразу пришли мне сюда. В мессенджер не пиши, телефон сел.

Дмитрий
""" % (INN_A40, RS_A40, BIK_A40, KS_A40)
    html = '<div>%s</div>' % ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in src.split('\n'))
    m.body = multi('alternative', [text(src, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                   boundary('yandex', m.seed('alt')))
