"""Russian messages: attack/37-40 and business/37-40."""
from .common import *  # noqa: F401,F403
from lib import zipc, ooxml, png
from lib.company import RU_BANK, RU_ACC_EG, RU_ACC_NEVA, RU_FRAUD, RU_ACC_FRAUD

EGR_INN = ids.ru_inn10('781034572')
NEVA_INN = ids.ru_inn10('781624390')


def yx_html(text):
    return '<div>%s</div>\n' % '</div>\n<div>'.join(fmt.esc(l) if l else '&nbsp;' for l in text.split('\n'))


def koi(s):
    return s.replace('«', '"').replace('»', '"').replace('–', '-').replace('₽', 'руб.')


# =====================================================================================  ATTACKS
@message('attack', 37, 'ru', 'fns-trebovanie-zip')
def a37(c):
    t = util.local_to_utc('RU', 2026, 11, 18, 10, 6, 12)
    pw = '1877'
    zname = 'Требование_18-23-41877.zip'
    z = zipc.build([('Требование_18-23-41877.pdf.exe', docs.inert('Windows executable – remote-access trojan loader'), (2026, 11, 18, 9, 40, 0)),
                    ('Приложение_расхождения_НДС_3кв.pdf.scr', docs.inert('Windows screensaver executable'), (2026, 11, 18, 9, 41, 0))],
                   password=pw.encode(), rng=c.rng)
    c.zip_passwords = {zname: pw}
    text = ('Уважаемый налогоплательщик!\n\n'
            'Межрайонная ИФНС России № 10 по г. Санкт-Петербургу направляет Вам требование о представлении пояснений '
            '№ 18-23/41877 от 18.11.2026 в связи с выявленными расхождениями в налоговой декларации по НДС за 3 квартал '
            '2026 года (ООО «Экзампл Груп Рус», ИНН %s).\n\n'
            'В соответствии с п. 3 ст. 88 НК РФ пояснения необходимо представить в течение пяти рабочих дней. '
            'Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ, а также может повлечь '
            'приостановление операций по счетам.\n\n'
            'Требование и приложение к нему во вложении. Пароль для открытия архива: %s\n\n'
            'С уважением,\nМежрайонная ИФНС России № 10 по г. Санкт-Петербургу' % (EGR_INN, pw))
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'windows-1251', 'base64'),
                                    mime.attachment(z, 'application/zip', zname, fname_style='rfc2047', charset='windows-1251')],
                          '----------%s' % c.hex(17, True))
    env = Env(frm_name='ФНС России', frm_email='trebovanie@nalog-uvedomlenie.ru', frm_charset='windows-1251',
              to=[('', p('ru_acc')['email'])],
              subject='Требование о представлении пояснений № 18-23/41877 от 18.11.2026', subj_charset='windows-1251', subj_enc='B',
              date=t, zone='RU', msgid='%s@nalog-uvedomlenie.ru' % c.hex(20), body=body,
              extra=[('X-Mailer', 'The Bat! (v11.2.3) Professional')])
    c.what = 'Fake Federal Tax Service "requirement to provide explanations" on the VAT return, with a password-protected ZIP.'
    c.why = ('Malware loader in the classic Russian "требование ФНС" style: look-alike nalog-uvedomlenie.ru on a rented '
             'server, encrypted ZIP (password in the body to defeat scanning) containing .pdf.exe/.pdf.scr, threat of '
             'frozen bank accounts; real requirements arrive via the EDI operator (see business/37), not by e-mail.')
    return send(c, env, T.platform, host='mail.nalog-uvedomlenie.ru', ip='194.58.112.174', selector='mail',
                hops=[lambda t0: T.postfix_hop(c, '[127.0.0.1]', 'localhost', '127.0.0.1', 'mail.nalog-uvedomlenie.ru',
                                               t0, 'RU', 'ESMTPA', p('ru_acc')['email'], comment_zone=True)],
                order=['Date', 'From', 'Message-ID', 'To', 'Subject', '__EXTRA__', 'MIME-Version', '__MIME__'])


@message('attack', 38, 'ru', 'diadok-akt-sverki-phish')
def a38(c):
    t = util.local_to_utc('RU', 2026, 11, 24, 15, 3, 38)
    link = c.url('https://diadoc-doc.ru/auth/?doc=%s&box=%s' % (c.hex(24), c.guid()), 'fake Kontur.Diadoc login')
    inn = ids.ru_inn10('780261145')
    text = ('Контур.Диадок\n\n'
            'Вам поступил документ, требующий подписи\n\n'
            'Отправитель: ООО «СтройГидроМонтаж» (ИНН %s)\n'
            'Получатель: ООО «Экзампл Груп Рус»\n'
            'Документ: Акт сверки взаимных расчётов за 9 месяцев 2026 г.\n'
            'Срок подписания: до 27.11.2026\n\n'
            'Перейти к документу: %s\n\n'
            'Если документ не будет подписан в срок, он будет считаться отклонённым, а задолженность – подтверждённой '
            'в одностороннем порядке.\n\n'
            'Это письмо отправлено автоматически. Служба поддержки Диадока: 8 800 500-10-18' % (inn, link))
    c.phone('8 800 500-10-18', 'real Diadoc hotline number copied for credibility')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body style="font-family:'
            'Arial,sans-serif;font-size:14px;color:#222"><div style="font-size:20px;font-weight:bold;color:#1f87e8">Контур.Диадок</div>'
            '<h3>Вам поступил документ, требующий подписи</h3><table cellpadding="4"><tr><td>Отправитель:</td><td>ООО «СтройГидроМонтаж» '
            '(ИНН %s)</td></tr><tr><td>Получатель:</td><td>ООО «Экзампл Груп Рус»</td></tr><tr><td>Документ:</td><td><b>Акт сверки '
            'взаимных расчётов за 9 месяцев 2026 г.</b></td></tr><tr><td>Срок подписания:</td><td>до 27.11.2026</td></tr></table>'
            '<p><a href="%s" style="background:#1f87e8;color:#fff;padding:10px 22px;text-decoration:none">Перейти к документу</a></p>'
            '<p>Если документ не будет подписан в срок, он будет считаться отклонённым, а задолженность – подтверждённой в '
            'одностороннем порядке.</p><p style="font-size:11px;color:#888">Это письмо отправлено автоматически. Служба поддержки '
            'Диадока: 8 800 500-10-18</p></body></html>\n' % (inn, link))
    text, html = koi(text), koi(html)
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'koi8-r', 'quoted-printable'),
                                          mime.text(html, 'html', 'koi8-r', 'quoted-printable')], c.boundary('roundcube'))
    env = Env(frm_name='Контур.Диадок', frm_email='noreply@diadoc-doc.ru', frm_charset='koi8-r', to=[('', p('ru_acc')['email'])],
              subject='Вам поступил документ на подпись: Акт сверки за 9 месяцев 2026 г.', subj_charset='koi8-r', subj_enc='B',
              date=t, zone='RU', msgid=mid_hex(c, 'diadoc-doc.ru'), body=body)
    c.what = 'Fake Kontur.Diadoc notification of a reconciliation statement to sign, linking to a look-alike login page.'
    c.why = ('EDI-portal credential phishing: look-alike diadoc-doc.ru on a Russian VPS (own DKIM), unknown counterparty, '
             'threat that the debt will be "confirmed unilaterally"; the real Diadoc sends from diadoc.ru / kontur.ru and '
             'links to diadoc.kontur.ru.')
    return send(c, env, T.platform, host='mx1.diadoc-doc.ru', ip='45.141.84.203', selector='dkim',
                order=['Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version', '__MIME__'])


@message('attack', 39, 'ru', 'nevnasos-yandex-disk')
def a39(c):
    t_q = util.local_to_utc('RU', 2026, 11, 20, 11, 14)
    t = util.local_to_utc('RU', 2026, 11, 26, 7, 41, 55)
    link = c.url('https://disk.yandex.ru/d/%s' % c.alnum(14), 'Yandex Disk public link to Акт_сверки_3кв_2026.zip (contains .lnk)')
    quoted = ('%s\n\n> Андрей Викторович, добрый день!\n> Направляем акт сверки за 3 квартал 2026 г. для подписания. '
              'По нашим данным\n> задолженность в нашу пользу составляет 412 380,00 руб.\n>\n> С уважением,\n> Ольга Смирнова\n'
              '> ООО «Экзампл Груп Рус»' % fmt.gmail_attrib('ru', t_q, 'RU', 'Ольга Смирнова', p('ru_om')['email']))
    text = ('Ольга, добрый день!\n\n'
            'Акт сверки с нашей стороны подписан, замечания по двум отгрузкам отметили в приложении. Выкладываю на '
            'Яндекс Диск, т.к. почта не пропускает архив:\n\n%s\n\n'
            'Пароль на архив: 2026\n\n'
            'Подпишите, пожалуйста, и верните до пятницы, у нас закрытие месяца.\n\n'
            '--\nС уважением,\nАндрей Волков\nГлавный инженер\nООО «Невский насосный сервис»\n\n' % link + quoted)
    body = mime.text(yx_html(text), 'html', 'utf-8', '8bit', ct='text/html; charset={cs}')
    ref = mid_exchange(c)
    env = Env(frm_name='Андрей Волков', frm_email='a.volkov@nevnasos.ru', to=[('Ольга Смирнова', p('ru_om')['email'])],
              subject='Re: Акт сверки за 3 квартал 2026', date=t, zone='RU',
              msgid='%d%d@mail.yandex.ru' % (c.randint(100000, 999999), int(t.timestamp())), in_reply_to=ref, references=[ref],
              body=body)
    c.what = 'Reply from the customer\'s real (compromised) Yandex 360 mailbox in the reconciliation thread, with a Yandex Disk link to a password-protected archive.'
    c.why = ('Thread hijacking from a compromised mailbox (DKIM/SPF pass for nevnasos.ru) abusing Yandex Disk: archive '
             'with password "because mail blocks it", the real contact normally sends XLSX files directly '
             '(see business/39); sent at 07:41 from the web interface.')
    return send(c, env, T.yandex, client_ip='185.244.36.19')


@message('attack', 40, 'ru', 'dosudebnaya-pretenziya-pdf')
def a40(c):
    t = util.local_to_utc('RU', 2026, 12, 9, 12, 27, 3)
    link = c.url('https://cloud.mail.ru/public/%s/%s' % (c.alnum(4), c.alnum(9)), 'Mail.ru Cloud public folder with "claim attachments" (archive with .lnk)')
    inn = ids.ru_inn10('784191327')
    c.ident('Account (RU)', RU_ACC_FRAUD, 'attacker account (р/с) at АО «ТБанк», БИК %s' % RU_FRAUD['bik'])
    d = docs.pdf.Doc(title='Претензия 47-26', author='urist', creator='Microsoft® Word 2016', producer='Microsoft® Word 2016',
                     created="20261209115511+03'00'", lang='ru-RU')
    d.text(545, 800, 'Генеральному директору', 10, align='right')
    d.text(545, 786, 'ООО «Экзампл Груп Рус»', 10, align='right')
    d.text(545, 772, '196084, г. Санкт-Петербург, ул. Коли Томчака, д. 28', 10, align='right')
    d.text(297, 730, 'ДОСУДЕБНАЯ ПРЕТЕНЗИЯ № 47/26', 14, True, align='center')
    y = 700
    for ptxt in ['ООО «СтройГидравлика» (ИНН %s) и ООО «Экзампл Груп Рус» заключили договор поставки № 112-П от '
                 '14.03.2026. Поставленные по УПД № 318 насосы аксиально-поршневые АКП-110 в количестве 6 (шести) '
                 'штук вышли из строя в течение гарантийного срока, что подтверждается актом рекламации от 02.12.2026.' % inn,
                 'На основании ст. 475, 518 ГК РФ требуем в течение 10 (десяти) календарных дней с момента получения '
                 'настоящей претензии возместить стоимость товара и убытки в размере 1 842 600,00 руб.',
                 'В случае неудовлетворения претензии мы будем вынуждены обратиться в Арбитражный суд города '
                 'Санкт-Петербурга и Ленинградской области с взысканием судебных расходов.',
                 'Реквизиты для перечисления: ООО «СтройГидравлика», ИНН %s, р/с %s в %s, БИК %s, к/с %s.' % (
                     inn, RU_ACC_FRAUD, RU_FRAUD['bank'], RU_FRAUD['bik'], RU_FRAUD['ks']),
                 'Приложения (акт рекламации, фотоматериалы, заключение эксперта – 38 МБ) доступны по ссылке:']:
        y = d.para(50, y, ptxt, 495, 10.5, 15) - 8
    d.text(50, y, link, 10, color='#0645ad')
    d.link(50, y - 3, 400, 14, link)
    d.text(50, y - 50, 'Генеральный директор ООО «СтройГидравлика»  ____________  /Рябов С. Н./', 10)
    pdfdata = d.build()
    text = ('Добрый день!\n\n'
            'Направляем в Ваш адрес досудебную претензию № 47/26 по договору поставки № 112-П (некачественные насосы '
            'АКП-110). Срок ответа – 10 календарных дней.\n\n'
            'Приложения к претензии (акт рекламации, фото, заключение) размещены в облаке по ссылке в претензии, '
            'архив большой, по почте не проходит.\n\n'
            'С уважением,\nюридический отдел ООО «СтройГидравлика»')
    html = yx_html(text)
    body = mime.multipart('mixed', [mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'),
                                                                   mime.text(html, 'html', 'utf-8', 'base64')], c.boundary('mailru')),
                                    mime.attachment(pdfdata, 'application/pdf', 'Претензия_47-26.pdf', fname_style='rfc2047')],
                          c.boundary('mailru'))
    env = Env(frm_name='Юридический отдел ООО «СтройГидравлика»', frm_email='stroygidravlika.urist@mail.ru',
              to=[('', p('ru_om')['email'])], reply_to='stroygidravlika.urist@mail.ru',
              subject='Досудебная претензия № 47/26 (поставка некачественных насосов)', date=t, zone='RU',
              msgid='%d.%d@f%d.i.mail.ru' % (int(t.timestamp()), c.randint(100000000, 999999999), c.randint(100, 999)), body=body)
    c.what = 'Pre-trial claim for "defective pumps" under a supply contract, PDF with a link to the "attachments" on Mail.ru Cloud.'
    c.why = ('Fake legal notice (a common Russian malware lure): unknown company writing from a free mail.ru account, '
             'contract and delivery note that do not exist, threat of arbitration court, payload hidden behind a cloud '
             'link inside the PDF.')
    return send(c, env, T.mailru, client_ip='91.219.236.40')


# =====================================================================================  BUSINESS
@message('business', 37, 'ru', 'kontur-extern-trebovanie')
def b37(c):
    t = util.local_to_utc('RU', 2026, 11, 6, 9, 51, 44)
    link = c.url('https://extern.kontur.ru/%s/ifns/requirement/%s' % (c.guid(), c.guid()), 'Kontur.Extern (login required)')
    c.url('https://kontur.ru/extern', 'product site')
    c.phone('8 800 500-05-08', 'Kontur support')
    text = ('Контур.Экстерн\n\n'
            'Получен документ от налогового органа\n\n'
            'Организация: ООО «Экзампл Груп Рус», ИНН %s / КПП 781001001\n'
            'Отправитель: Межрайонная ИФНС России № 10 по г. Санкт-Петербургу (7810)\n'
            'Документ: Требование о представлении пояснений № 12-09/08814 от 05.11.2026\n'
            'Основание: НДС, 3 квартал 2026 г.\n\n'
            'Квитанцию о приёме требования необходимо отправить в течение 6 рабочих дней, ответ – в течение 5 рабочих '
            'дней после отправки квитанции. Экстерн отправит квитанцию автоматически, если включена соответствующая '
            'настройка.\n\n'
            'Открыть требование в Экстерне: %s\n\n'
            'Техническая поддержка: 8 800 500-05-08\n'
            'Вы получили это письмо, так как подписаны на уведомления Контур.Экстерна: https://kontur.ru/extern' % (EGR_INN, link))
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<div style="font-size:20px;font-weight:bold;color:#e32212">Контур.Экстерн</div><h3>Получен документ от налогового органа</h3>'
            '<p>Организация: ООО «Экзампл Груп Рус», ИНН %s / КПП 781001001<br>Отправитель: Межрайонная ИФНС России № 10 по '
            'г. Санкт-Петербургу (7810)<br>Документ: <b>Требование о представлении пояснений № 12-09/08814 от 05.11.2026</b><br>'
            'Основание: НДС, 3 квартал 2026 г.</p><p>Квитанцию о приёме требования необходимо отправить в течение 6 рабочих дней, '
            'ответ – в течение 5 рабочих дней после отправки квитанции. Экстерн отправит квитанцию автоматически, если включена '
            'соответствующая настройка.</p><p><a href="%s">Открыть требование в Экстерне</a></p><p style="font-size:11px;color:#888">'
            'Техническая поддержка: 8 800 500-05-08<br>Вы получили это письмо, так как подписаны на уведомления '
            '<a href="https://kontur.ru/extern">Контур.Экстерна</a></p></body></html>\n' % (EGR_INN, link))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable')], c.boundary('dotnet'))
    env = Env(frm_name='Контур.Экстерн', frm_email='noreply@kontur.ru', to=[('', p('ru_acc')['email'])],
              subject='Требование от ИФНС № 10 по г. Санкт-Петербургу: представление пояснений (НДС, 3 кв. 2026)',
              date=t, zone='UTC', msgid='%s@kontur.ru' % c.guid(), body=body)
    c.what = 'Kontur.Extern (EDI operator) notification that a tax-office requirement arrived in the company\'s Extern account.'
    c.why = ('Requirements legally arrive via the TKS operator; this is the operator\'s own notification from kontur.ru '
             '(DKIM/DMARC pass), no attachment, link into extern.kontur.ru where the user logs in with the usual '
             'certificate, support number of the operator.')
    c.pair, c.topic = '37-ru-fns-trebovanie-zip.eml', 'Tax-office requirement (требование ФНС)'
    c.diff = ('Genuine: operator notification, document inside Kontur.Extern. Attack: "FNS" e-mail from a look-alike '
              'with a password ZIP containing executables.')
    return send(c, env, T.platform, host='mx7.kontur.ru', ip='198.51.100.88', selector='kontur',
                order=['MIME-Version', 'From', 'To', 'Date', 'Subject', 'Message-ID', '__MIME__'])


@message('business', 38, 'ru', 'diadok-upd-nevnasos')
def b38(c):
    t = util.local_to_utc('RU', 2026, 11, 24, 16, 40, 9)
    link = c.url('https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s' % (c.guid(), c.guid(), c.guid()))
    c.url('https://diadoc.kontur.ru/settings/notifications')
    text = ('Контур.Диадок\n\n'
            'Новый документ от ООО «Невский насосный сервис»\n\n'
            'УПД № 412 от 24.11.2026 на сумму 286 440,00 руб. (в т.ч. НДС 20 %% 47 740,00 руб.)\n'
            'Основание: договор № 17/2024-С, ремонт насосного агрегата НА-250, заказ-наряд 1184\n\n'
            'Открыть документ: %s\n\n'
            'Настроить уведомления: https://diadoc.kontur.ru/settings/notifications' % link)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
            '<div style="font-size:20px;font-weight:bold;color:#1f87e8">Контур.Диадок</div><h3>Новый документ от ООО «Невский '
            'насосный сервис»</h3><p>УПД № 412 от 24.11.2026 на сумму 286 440,00 руб. (в т.ч. НДС 20 %% 47 740,00 руб.)<br>'
            'Основание: договор № 17/2024-С, ремонт насосного агрегата НА-250, заказ-наряд 1184</p><p><a href="%s">Открыть '
            'документ</a></p><p style="font-size:11px;color:#888"><a href="https://diadoc.kontur.ru/settings/notifications">'
            'Настроить уведомления</a></p></body></html>\n' % link)
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')],
                          c.boundary('dotnet'))
    env = Env(frm_name='Контур.Диадок', frm_email='noreply@diadoc.ru', to=[('', p('ru_acc')['email'])],
              subject='Новый документ от ООО «Невский насосный сервис»: УПД № 412 от 24.11.2026', date=t, zone='UTC',
              msgid='%s@diadoc.ru' % c.guid(), body=body)
    c.what = 'Diadoc notification of a new universal transfer document (УПД) from a known customer/service partner.'
    c.why = ('Genuine operator domain diadoc.ru (DKIM/DMARC pass), known counterparty and contract, link into '
             'diadoc.kontur.ru, no threats or deadlines.')
    c.pair, c.topic = '38-ru-diadok-akt-sverki-phish.eml', 'Kontur.Diadoc document notification'
    c.diff = ('Genuine: diadoc.ru → diadoc.kontur.ru, known partner. Attack: diadoc-doc.ru, unknown counterparty, '
              '"debt confirmed unilaterally" threat.')
    return send(c, env, T.platform, host='mx3.diadoc.ru', ip='198.51.100.91', selector='diadoc',
                order=['MIME-Version', 'From', 'To', 'Date', 'Subject', 'Message-ID', '__MIME__'])


@message('business', 39, 'ru', 'nevnasos-akt-sverki-xlsx')
def b39(c):
    t = util.local_to_utc('RU', 2026, 11, 20, 14, 22, 31)
    c.phone('+7 812 336-40-18')
    c.url('www.nevnasos.ru')
    rows = [[('b', 'Акт сверки взаимных расчётов за период: 01.07.2026 – 30.09.2026')],
            ['между ООО «Экзампл Груп Рус» и ООО «Невский насосный сервис» по договору № 17/2024-С'], [],
            [('b', 'Дата'), ('b', 'Документ'), ('b', 'Дебет'), ('b', 'Кредит')],
            ['', 'Сальдо начальное', ('n2', 0.0), ''],
            ['08.07.2026', 'Продажа (УПД 2741)', ('n2', 128400.0), ''],
            ['29.07.2026', 'Оплата (п/п 1184)', '', ('n2', 128400.0)],
            ['19.08.2026', 'Продажа (УПД 2877)', ('n2', 236580.0), ''],
            ['16.09.2026', 'Продажа (УПД 2960)', ('n2', 175800.0), ''],
            ['30.09.2026', 'Оплата (п/п 1329)', '', ('n2', 128400.0)],
            ['', 'Сальдо конечное (в пользу ООО «Экзампл Груп Рус»)', ('bn2', 283980.0), ''], [],
            ['Реквизиты ООО «Невский насосный сервис»: ИНН %s, р/с %s, %s, БИК %s, к/с %s' % (
                NEVA_INN, RU_ACC_NEVA, RU_BANK['bank'], RU_BANK['bik'], RU_BANK['ks'])],
            ['Реквизиты ООО «Экзампл Груп Рус»: ИНН %s, р/с %s, %s, БИК %s, к/с %s' % (
                EGR_INN, RU_ACC_EG, RU_BANK['bank'], RU_BANK['bik'], RU_BANK['ks'])]]
    c.ident('Account (RU)', RU_ACC_NEVA, 'customer account (р/с), БИК %s' % RU_BANK['bik'])
    c.ident('Account (RU)', RU_ACC_EG, 'Example Group Rus account (р/с), БИК %s' % RU_BANK['bik'])
    x = ooxml.xlsx([('Акт сверки', rows)], title='Акт сверки 3 кв. 2026', author='Бухгалтерия', created='2026-11-20T11:05:00Z',
                   dt=(2026, 11, 20, 14, 5, 0))
    text = ('Добрый день, Дмитрий!\n\n'
            'Направляем акт сверки за 3 квартал 2026 г. По нашим данным сальдо на 30.09.2026 составляет 283 980,00 руб. '
            'в Вашу пользу. Если расхождений нет, подпишите, пожалуйста, в Диадоке – мы отправим туда же.\n\n'
            'С уважением,\nНаталья Егорова\nглавный бухгалтер\nООО «Невский насосный сервис»\n'
            'тел. +7 812 336-40-18\nwww.nevnasos.ru')
    text = koi(text)
    body = outlook_body(c, text, 'ru', 'koi8-r', bstyle='nextpart',
                        attachments=[mime.attachment(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                                     'Акт сверки 3 кв 2026 Экзампл Груп Рус.xlsx', fname_style='rfc2047',
                                                     charset='koi8-r')])
    env = Env(frm_name='Бухгалтерия Невский насосный сервис', frm_email='buh@nevnasos.ru', frm_charset='koi8-r',
              to=[('Дмитрий Кузнецов', p('ru_acc')['email'])], name_charset='koi8-r',
              subject='Акт сверки за 3 квартал 2026 г.', subj_charset='koi8-r', subj_enc='B', date=t, zone='RU',
              msgid=mid_outlook(c, 'nevnasos.ru'), body=body, lang='ru')
    c.what = 'Customer\'s accounting sends the Q3 reconciliation statement as an XLSX attachment.'
    c.why = ('Genuine Yandex 360 mailbox of the customer\'s accounting (Outlook, KOI8-R), plain spreadsheet with real '
             'transactions, proposes signing in Diadoc; no links or archives.')
    c.pair, c.topic = '39-ru-nevnasos-yandex-disk.eml', 'Reconciliation statement (акт сверки) from Невский насосный сервис'
    c.diff = ('Genuine: XLSX attached directly, signing via Diadoc. Attack: same customer domain but compromised '
              'mailbox, Yandex Disk link to a password-protected archive.')
    return send(c, env, T.yandex, client_ip='178.70.19.122', xmailer='Microsoft Outlook 16.0')


@message('business', 40, 'ru', 'kollega-lichnaya-pochta-cheki')
def b40(c):
    t = util.local_to_utc('RU', 2026, 12, 11, 20, 12, 44)
    receipts = []
    for name, lines in [('чек_гостиница_Арктика.png', ['ГОСТИНИЦА «АРКТИКА»', 'г. Мурманск, пр. Ленина, 82', 'Счёт № 18422 от 10.12.2026',
                                                         'Проживание 07.12–10.12.2026 (3 ночи)', 'ИТОГО: 18 400,00 ₽', 'Оплата: корпоративная карта *4471']),
                        ('чек_такси_аэропорт.png', ['ЯНДЕКС ГО · такси', 'Мурманск, аэропорт → ул. Ленина', '07.12.2026 22:41',
                                                    'Поездка: 1 240,00 ₽', 'ИТОГО: 1 240,00 ₽', 'Кассовый чек № 3391'])]:
        cv = png.Canvas(360, 240, '#fbfbf7')
        y = 34
        for i, ln in enumerate(lines):
            cv.text(18, y, ln, 17 if i == 0 else 14, '#222222', 'bold' if i in (0, 4) else 'regular')
            y += 34
        receipts.append((name, cv.png()))
    text = ('Оля, привет!\n\n'
            'Пишу с личной почты – рабочий ноутбук до пятницы в сервисе, VPN с домашнего компьютера не настроен. '
            'Пересылаю чеки по командировке в Мурманск (гостиница и такси), положи их, пожалуйста, в папку для '
            'авансового отчёта. Оригиналы привезу в понедельник.\n\n'
            'Если что-то срочное по работе – звони на мобильный.\n\n'
            'Спасибо!\nДима')
    html = yx_html(text)
    parts = [mime.text(html, 'html', 'utf-8', '8bit', ct='text/html; charset={cs}')]
    for n, d in receipts:
        parts.append(mime.attachment(d, 'image/png', n, fname_style='rfc2047'))
    body = mime.multipart('mixed', parts, c.boundary('yandex'))
    env = Env(frm_name='Дмитрий Кузнецов', frm_email='d.kuznetsov.spb@yandex.ru', to=[('Ольга Смирнова', p('ru_om')['email'])],
              cc=[('', p('ru_acc')['email'])], subject='Чеки Мурманск для авансового отчёта', date=t, zone='RU',
              msgid='%d%d@mail.yandex.ru' % (c.randint(100000, 999999), int(t.timestamp())), body=body)
    c.what = 'Colleague writes from his private Yandex address (work laptop in repair) and forwards two receipt images for his expense report.'
    c.why = ('Private address but the work address is in CC, explains why, asks for nothing sensitive (no payment, no '
             'credentials), attachments are two PNG receipt images, originals to follow; colleagues do write from '
             'private mail.')
    c.pair, c.topic = None, ''
    return send(c, env, T.yandex, client_ip='95.55.18.201')
