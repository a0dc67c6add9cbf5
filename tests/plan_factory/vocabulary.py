"""Word lists for generated plans: the vocabulary of Taiwanese service-quality plans.

Written for the factory (offices, units, measure names, verbs, objects, purposes), not copied
rows: a generated row is a new combination, so a rule tuned on one sample plan's sentence
cannot pass the round trip by accident. Every entry is encodable in Big5 (CP950), which a test
checks, so the same plans can be written as Big5 text.
"""

from __future__ import annotations

COUNTIES = ("基隆市", "臺北市", "新北市", "桃園市", "新竹縣", "苗栗縣", "臺中市", "彰化縣", "南投縣",
            "雲林縣", "嘉義縣", "臺南市", "高雄市", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣", "澎湖縣")
PLACES = ("安樂", "信義", "中山", "大安", "板橋", "三重", "中壢", "竹北", "頭份", "豐原", "大甲", "員林",
          "草屯", "斗六", "朴子", "新營", "鳳山", "岡山", "潮州", "羅東", "吉安", "成功", "馬公", "北區",
          "東區", "西屯", "南屯", "北投", "士林", "永康", "佳里", "龍井", "清水", "沙鹿", "太平", "大里")
MINISTRIES = (("法務部行政執行署", "分署"), ("財政部", "國稅局"), ("交通部公路局", "監理所"),
              ("勞動部勞工保險局", "辦事處"), ("內政部移民署", "服務站"))

# office type → (name pattern, units that own measures)
OFFICE_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "地政事務所": ("{county}{place}地政事務所", ("登記課", "測量課", "地價課", "行政課", "資訊課", "秘書室", "人事室", "會計室")),
    "戶政事務所": ("{county}{place}戶政事務所", ("戶籍課", "行政課", "資訊課", "秘書室", "人事室", "會計室")),
    "區公所": ("{county}{place}區公所", ("民政課", "社會課", "經建課", "人文課", "行政課", "秘書室", "人事室", "政風室")),
    "衛生所": ("{county}{place}衛生所", ("保健課", "防疫課", "醫務課", "行政課", "護理站")),
    "稅務局": ("{county}政府稅務局{place}分局", ("服務科", "地價稅科", "房屋稅科", "法務科", "資訊科", "秘書室")),
    "分署": ("{ministry}{place}{suffix}", ("執行科", "秘書室", "政風室", "統計室", "人事室", "會計室")),
    "圖書館": ("{county}立{place}圖書館", ("採編課", "典藏課", "推廣課", "閱覽課", "行政課")),
}

TITLE_PATTERNS = ("{office}{year}年度提升服務品質執行計畫", "{office} {year}年度提升為民服務品質實施計畫",
                  "{office}{year}年度服務躍升執行計畫", "{office}{year}年度為民服務工作實施計畫")

# The four 構面 of the 政府服務獎 frame (two editions of it).
FACET_SETS = (
    ("基礎服務", "服務遞送", "服務量能", "服務評價"),
    ("提升服務品質，深化服務績效", "便捷服務程序，確保流程透明", "探查民意趨勢，建立顧客關係", "創新服務方式，整合服務資源"),
    ("服務一致及正確", "服務友善", "服務便捷", "服務創新"),
)
SUBSECTIONS = ("服務一致及正確", "服務友善", "服務便捷", "服務可近性", "服務成長及優化", "內部作業簡化",
               "開放政府透明治理", "創新服務方式", "意見回應", "顧客關係管理", "資訊公開", "環境整備")

MEASURE_CHAPTERS = ("具體執行計畫", "實施內容", "執行策略及具體推動作法", "推動作法", "具體執行計畫暨內容",
                    "執行項目")

MEASURES = (
    "建立業務標準作業流程", "服務及時性", "提供專業服務", "提供合宜服務設施", "設置便利使用網站",
    "提升服務禮儀", "資訊透明公開", "單一窗口服務", "主動服務", "到府服務", "電話禮貌測試",
    "民眾意見處理", "滿意度調查", "跨機關合作", "線上申辦服務", "便民措施宣導", "志工服務",
    "弱勢族群關懷", "行動服務車", "數位服務推廣", "檔案應用服務", "法令研討訓練", "服務台設置",
    "申辦書表簡化", "減少書證謄本", "延長服務時間", "多語服務", "無障礙環境", "櫃台服務品質",
    "網站資訊更新", "陳情案件處理", "創新服務措施", "資料開放", "內部稽核", "服務流程整合",
    "預約服務", "雙語標示", "行動支付繳費", "社區宣導活動", "資訊安全管理", "跨域整合服務",
    "公文處理時效", "案件進度查詢", "便民服務手冊", "偏鄉巡迴服務", "服務據點延伸",
)

VERBS = ("定期辦理", "持續推動", "不定期檢討", "建立", "設置", "加強宣導", "主動提供", "每季檢視",
         "配合推動", "擴大辦理", "訂定", "落實", "規劃辦理", "運用", "整合", "每月抽查")
OBJECTS = ("各項申辦業務標準作業流程", "服務台諮詢及引導服務", "電話禮貌測試", "民眾滿意度調查",
           "網站常見問答集", "線上申辦及進度查詢系統", "申請書表填寫範例", "跨機關通報機制",
           "志工服務團隊", "行動不便民眾到府服務", "櫃台服務人員輪值制度", "意見信箱及陳情案件處理流程",
           "政府資訊公開專區", "無障礙設施及哺集乳室", "多元繳費管道", "電子謄本及自然人憑證申辦",
           "服務禮儀數位課程", "案件處理時限管控", "社區及學校宣導活動", "資訊安全稽核",
           "新住民多語服務", "偏遠地區巡迴服務", "檔案閱覽及應用服務", "預約申辦服務",
           "內部作業流程簡化", "書證謄本減量措施", "服務品質教育訓練", "為民服務工作手冊")
PURPOSES = ("以提升服務效率", "確保資訊正確", "方便民眾查詢", "減少民眾往返奔波", "縮短等候時間",
            "提升同仁專業知能", "落實便民服務", "維護民眾權益", "提供全程整合服務", "建立良好服務形象",
            "即時回應民眾需求", "降低民眾洽公成本", "使服務流程透明", "強化機關間橫向聯繫")
QUANTITIES = ("全年至少辦理4次", "每月1次", "每季辦理1次", "年度內至少2場", "每半年檢討1次",
              "預計服務200人次", "滿意度達90%以上", "處理時效縮短10%", "")
CLAUSES = ("並適時檢討改進", "並納入年度考核", "並將結果公布於網站", "並由專人負責追蹤",
           "並結合民間資源", "並定期檢視執行成效", "並依民眾反映意見修正")

BENEFITS = ("提升服務品質，建立親切友善的機關形象。", "縮短民眾等候時間，提高行政效率。",
            "主動掌握案件處理時效，避免案件逾期。", "增進同仁專業知能，提供更優質服務。",
            "方便民眾隨時查詢，提升服務流程透明度。", "照顧弱勢民眾，落實社會關懷。",
            "一處收件全程服務，減少民眾往返奔波。", "即時回應民眾意見，提升民眾滿意度。",
            "確保資料安全，維護民眾個人資料。", "擴大服務範圍，提高服務可近性。",
            "整合機關資源，提供便捷服務。", "藉由檢討改進，持續提升服務品質。")

DEADLINES = ("經常辦理", "持續辦理", "全年辦理", "每月", "每季", "每半年", "隨時辦理", "不定期")
DEADLINE_DATED = ("{year}年{month}月", "{year}年{month}月底前", "{year}年12月31日前", "{year}年{month}月至12月")

EXTRA_COLUMNS = {
    "備註": ("配合上級機關政策", "新增項目", "延續辦理", "需編列預算", "與民間團體合作"),
    "經費來源": ("年度預算", "自籌", "無需經費", "上級補助"),
    "檢核方式": ("書面檢核", "實地查核", "系統統計", "問卷調查"),
}

# Column headers by role, as plans write them (several editions and offices).
HEADERS = {
    "facet": ("構面", "推動構面", "評核項目"),
    "measure": ("實施要項", "工作項目", "重點工作", "評核指標", "實施項目"),
    "group": ("具體措施", "實施要項", "工作重點", "推動策略"),
    "actions": ("推動作法", "工作要領", "具體作法", "執行方法", "實施內容", "辦理方式"),
    "steps": ("實施步驟", "推動作法", "工作要領", "執行方法"),
    "deadline": ("完成期限", "執行期程", "預定完成日期", "辦理期程"),
    "owner": ("承辦單位", "主(協)辦單位", "業務單位", "執行單位", "承辦機關(單位)"),
    "benefit": ("預期效益", "預期目標", "預期成效"),
}

FRONT_CHAPTERS = (
    ("計畫依據", ("行政院{a}年{m}月{d}日院授發社字第{n}號函頒「政府服務躍升方案」。",
                 "國家發展委員會{a}年{m}月{d}日發社字第{n}號函頒「政府服務獎評獎實施計畫」。",
                 "{parent}{a}年{m}月{d}日函頒年度提升服務品質實施計畫。")),
    ("計畫目標", ("塑造專業、親切、高效率的服務形象，提供便捷服務，確保流程透明。",
                 "運用友善網路服務，提供民眾便利洽公和意見溝通之管道。",
                 "重視民眾觀感，持續改善服務傳送方式，讓民眾感受服務品質之提升。")),
    ("實施對象", ("本機關各單位及全體同仁。",)),
)
BACK_CHAPTERS = (
    ("管制考核", ("各單位應依本計畫確實執行，並於每季結束後填報執行情形。",
                 "年度結束後辦理績效評核，並作為次年度計畫修正之參考。")),
    ("獎懲", ("執行績效優良之單位及人員，依規定從優敘獎。",)),
    ("附則", ("本計畫奉核定後實施，修正時亦同。",)),
)


# -- held-out wording ---------------------------------------------------------------------
# A second vocabulary of the same kinds of plans (other office kinds, title orders, column
# names, closing notes), frozen when it was written and used only by `bench/roundtrip.py
# --heldout`: the readers were fixed against the vocabulary above, so the round trip on this
# one measures whether the rules carry over to wording they were not written against.
HELDOUT_OFFICE_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "監理站": ("交通部公路總局{place}監理站", ("監理課", "駕照課", "牌照課", "稽查課", "秘書室")),
    "警察分局": ("{county}政府警察局{place}分局", ("行政組", "戶口組", "偵查隊", "交通組", "秘書室")),
    "醫院": ("衛生福利部{place}醫院", ("醫務室", "護理科", "社會工作室", "總務室", "資訊室")),
    "稽徵所": ("{county}{place}稽徵所", ("綜合服務課", "審查課", "銷售稅課", "行政課")),
}
HELDOUT_TITLE_PATTERNS = ("{year}年度{office}提升服務品質執行計畫", "{office}{year}年提升服務效能實施計畫",
                          "{office}{year}年度精進為民服務執行計畫")
HELDOUT_FACET_SETS = (("完備基礎服務", "提升服務效能", "深化服務品質", "擴大民眾參與"),
                      ("服務量能", "服務遞送", "開放創新", "服務評價"))
HELDOUT_MEASURE_CHAPTERS = ("工作項目及執行方式", "執行措施", "實施方式及內容")
HELDOUT_MEASURES = ("智慧服務櫃台", "高齡友善服務", "外籍人士服務", "電子化申辦", "服務品質稽核", "意見回饋機制",
                    "英語服務窗口", "夜間延長服務", "親子友善設施", "線上預約服務", "服務禮貌考核", "友善停車空間",
                    "資訊系統整合", "跨區代收代辦", "書表格式簡化", "主動關懷通知", "服務滿意度追蹤", "數位落差協助")
HELDOUT_DEADLINES = ("常態性辦理", "依實際需要辦理", "每年", "年度內")
HELDOUT_DEADLINE_DATED = ("{year}年{month}月{day}日前", "{year}年{month}月起", "{year}年{month}月-12月")
HELDOUT_HEADERS = {
    "facet": ("面向", "服務構面"),
    "measure": ("推動項目", "執行項目", "服務項目"),
    "group": ("推動重點", "執行策略", "策略目標"),
    "actions": ("執行內容", "具體做法", "推動措施", "工作內容"),
    "steps": ("執行步驟", "實施方式", "執行作法"),
    "deadline": ("實施期程", "辦理時程", "預定完成期限", "執行期限"),
    "owner": ("主辦單位", "負責單位", "權責單位", "辦理單位"),
    "benefit": ("預期績效", "績效指標", "效益"),
}
# How prose closes an item with its deadline and owner.
NOTE_STYLES = ("（完成期限：{deadline}；承辦單位：{owner}）",)
HELDOUT_NOTE_STYLES = ("（承辦單位：{owner}；完成期限：{deadline}）", "（主辦單位：{owner}，辦理期程：{deadline}）")


# -- second held-out wording -----------------------------------------------------------------
# Written after the readers were fixed against the first held-out wording (i7-core aba9b5b) and
# frozen at once: used only by `bench/roundtrip.py --wordings heldout2`.
HELDOUT2_OFFICE_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "就業中心": ("勞動部勞動力發展署{place}就業中心", ("就業服務組", "職業訓練組", "行政組", "諮詢服務台")),
    "消防分隊": ("{county}政府消防局{place}分隊", ("救災救護組", "火災預防組", "行政組")),
    "環保局": ("{county}環境保護局", ("稽查科", "清潔科", "綜合規劃科", "空氣品質科", "秘書室")),
    "國稅分局": ("財政部{county}國稅局{place}分局", ("服務課", "審查課", "徵收課", "行政課")),
}
HELDOUT2_TITLE_PATTERNS = ("{office}{year}年度提升服務品質計畫", "{office}民國{year}年度為民服務品質提升計畫",
                           "{office}{year}年度「提升服務品質」執行計畫")
HELDOUT2_FACET_SETS = (("機關形象", "服務品質", "服務創新", "資訊公開"),
                       ("便民服務", "流程簡化", "顧客關係", "數位服務"))
HELDOUT2_MEASURE_CHAPTERS = ("工作重點及執行方式", "推動措施", "執行內容")
HELDOUT2_MEASURES = ("職訓諮詢服務", "求職媒合活動", "防火宣導", "居家安全訪視", "陳情案件追蹤", "稅務講習",
                     "電子申報推廣", "環境稽查通報", "資源回收宣導", "服務據點巡迴", "身心障礙者協助", "櫃台動線改善",
                     "到站服務", "行動申辦", "表單線上下載", "客服專線服務", "臨櫃等候改善", "英語諮詢服務")
HELDOUT2_DEADLINES = ("長期辦理", "按月辦理", "配合上級規定辦理", "每季1次")
HELDOUT2_DEADLINE_DATED = ("{year}.{month:02d}", "{year}年上半年", "{year}年{month}月{day}日")
HELDOUT2_HEADERS = {
    "facet": ("構面別", "項目"),
    "measure": ("重點項目", "執行重點", "工作項目名稱"),
    "group": ("推動方向", "主要策略", "策略"),
    "actions": ("執行方式", "辦理事項", "推動方式"),
    "steps": ("執行事項", "辦理步驟", "工作步驟"),
    "deadline": ("預定期程", "完成時間", "辦理時間"),
    "owner": ("主協辦單位", "責任單位", "執行機關"),
    "benefit": ("預期效果", "績效目標", "預期成果"),
}
HELDOUT2_NOTE_STYLES = ("（辦理單位：{owner}；預定完成：{deadline}）", "（期程：{deadline}　承辦單位：{owner}）")


# -- text renderings (issue 18): forms and furniture of plans copied as text ----------------
# Owners that are not one unit of the office: the whole office or all of its units.
SHARED_OWNERS = ("各課室", "本所", "全體同仁", "各單位")
# Units of other kinds than the office's own list (…股, …組, …中心), drawn into some owners.
UNIT_FORMS = ("戶籍股", "研考組", "為民服務中心", "綜合服務組", "資訊中心")
# Deadlines written as a bare period or a dotted date (`106.05`).
DEADLINE_FORMS = ("全年", "每月", "{year}年12月底", "{year}.{month:02d}")
# Markers of numbered actions under a measure heading in law text (`1.` → `1、` …).
LIST_MARKERS = ("1.", "1、", "(1)")
# Bullets of bullet-clause plans.
BULLETS = ("- ", "• ")
# The law database's print view: its labels and the furniture of a printed page.
LAW_HEADERS = {"name": "法規名稱", "date": "公發布日", "number": "發文字號", "system": "法規體系", "content": "法規內容"}
PRINT_FURNITURE = ("列印時間：{printed}", "第 {page} 頁／共 {pages} 頁", "PAGE {page}")
# Box-drawing styles of text tables: (horizontal, vertical, corners and junctions ┌┬┐├┼┤└┴┘).
BOX_STYLES = {
    "light": ("─", "│", "┌┬┐├┼┤└┴┘"),
    "heavy": ("━", "┃", "┏┳┓┣╋┫┗┻┛"),
    "double": ("═", "║", "╔╦╗╠╬╣╚╩╝"),
    "full-width": ("－", "｜", "＋＋＋＋＋＋＋＋＋"),
    "ascii": ("-", "|", "+++++++++"),
}
# Sections that are not measures: definitions, an evaluation scheme, an appendix, boilerplate.
DEFINITION_CHAPTERS = ("名詞定義", "用詞定義")
DEFINITIONS = (("開放參與", "政府透過多元管道，讓民眾參與政策形成及服務設計"),
               ("單一窗口", "民眾於一處櫃台即可申辦多項業務之服務方式"),
               ("全功能櫃台", "每一櫃台均可受理各類申辦案件"),
               ("服務流程", "民眾提出申請至取得結果之作業程序"))
DEFINITION_FORMS = ("{term}：指{text}。", "本計畫所稱{term}，係指{text}。")
EVALUATION_CHAPTERS = ("評核方式", "評分標準")
EVALUATION_HEADERS = ("評核項目", "配分", "評分標準")
EVALUATION_CRITERIA = ("依執行成果書面審查", "依實地訪查結果評分", "依滿意度調查結果評分", "依年度工作報告評分")
APPENDIX_TITLES = ("附件一：{office}到府服務申請表", "附表：年度執行進度檢核表")
APPENDIX_LINES = ("申請人姓名：＿＿＿＿　聯絡電話：＿＿＿＿", "申請日期：　年　月　日", "服務地址：＿＿＿＿＿＿＿＿",
                  "第1季　第2季　第3季　第4季")
BOILERPLATE = ("本計畫如有未盡事宜，得隨時修正補充之。", "本計畫奉核定後實施，修正時亦同。")
# One-service plans: a title that is the plan's name, its content chapters.
SERVICE_TITLES = ("{office}{service}實施計畫", "{office}{year}年度{service}實施計畫")
SERVICE_CHAPTERS = ("服務內容", "實施內容", "辦理項目")
SERVICE_FRONT = (("目的", "為照顧行動不便之民眾，提供便捷服務，特訂定本計畫。"),
                 ("服務對象", "設籍本轄區之行動不便民眾。"))
SERVICE_FIELDS = {"deadline": ("實施期間", "辦理期程"), "owner": ("承辦單位", "執行單位")}
