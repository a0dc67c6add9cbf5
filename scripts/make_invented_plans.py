"""Write the invented demo plans in data/sample/invented/ (run: python scripts/make_invented_plans.py).

Every office, place (嘉禾市, 青山縣) and measure here is INVENTED for the demo and the tests of
compare / trend / peers: the same office over two or three years (rows kept, reworded, dropped,
added), several offices of each type, and a topic (電話禮貌測試) spreading over the years (110: 1 of
3 offices, 111: 3 of 6, 112: 6 of 7). The
plans are written in the three layouts the text and HTML readers handle (tab table, Markdown
pipe table, HTML table). `PLANS` is the specification the tests check the ingested rows against.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "sample" / "invented"
# The folder declares its plans invented (ingest.provenance): every surface then marks them 虛構示範.
DECLARATION = (".plansearch-provenance",
               "# The plans in this folder were invented for the plansearch demo and tests (data/SAMPLES.md):\n"
               "# every row from them is marked invented (虛構示範) wherever it is shown or exported.\ninvented\n")
NOTICE = "【示範資料】本計畫為 plansearch 示範與測試用之虛構計畫，機關名稱、地名與內容均為虛構，非任何機關之真實計畫。"
HEADER = ("實施要項", "推動作法", "完成期限", "承辦單位", "預期效益")


@dataclass(frozen=True)
class Measure:
    measure: str
    actions: tuple[str, ...]
    deadline: str
    owner: str
    benefit: str


def m(measure: str, actions: list[str], deadline: str, owner: str, benefit: str) -> Measure:
    return Measure(measure, tuple(actions), deadline, owner, benefit)


# key -> (wording 0, wording 1): wording 1 says the same thing in other words (a "reworded" row).
MEASURES: dict[str, tuple[Measure, Measure]] = {
    "single_window": (
        m("單一窗口全功能櫃台", ["設置全功能櫃台，一處收件、全程服務。", "櫃台人員交叉訓練，任一櫃台均可受理各類案件。"], "全年辦理", "服務櫃台", "民眾免於多處奔波，縮短等候時間。"),
        m("推動一處收件全程服務", ["整合各類申辦案件於同一櫃台受理，民眾不必往返各櫃台。", "定期辦理櫃台人員輪調與跨業務訓練。"], "全年辦理", "服務櫃台", "減少民眾往返奔波，提升臨櫃效率。"),
    ),
    "phone": (
        m("電話禮貌測試", ["每月由專人以匿名方式辦理電話禮貌測試。", "測試結果於主管會報檢討，成績列入平時考核。"], "每月辦理", "秘書室", "提升同仁電話禮貌與答詢正確性。"),
        m("辦理電話服務品質抽測", ["每季不定期辦理電話禮貌測試，抽測同仁接聽電話之禮貌與答詢正確性。", "抽測結果通知受測同仁並追蹤改善情形。"], "每季辦理", "秘書室", "確保電話服務親切有禮，答詢正確。"),
    ),
    "satisfaction": (
        m("民眾滿意度調查", ["每半年辦理臨櫃民眾滿意度問卷調查。", "分析調查結果，針對不滿意項目研提改善措施。"], "每半年", "研考人員", "瞭解民眾需求，作為改進服務之依據。"),
        m("辦理服務滿意度問卷", ["於服務台放置問卷並提供線上填答，每半年統計一次滿意度。", "滿意度未達八成之項目列管改善。"], "每半年", "研考人員", "以民眾回饋持續改善服務品質。"),
    ),
    "volunteer": (
        m("志工服務台引導", ["招募志工於服務台協助民眾填寫書表與引導洽公。", "每年辦理志工教育訓練。"], "全年辦理", "志工隊", "協助民眾快速完成申辦，減少等候。"),
        m("運用志願服務人力協助洽公", ["由志工團隊輪值服務台，引導民眾至正確櫃台並協助填表。", "定期辦理志工研習與績優志工表揚。"], "全年辦理", "志工隊", "提供親切引導，縮短民眾洽公時間。"),
    ),
    "barrier_free": (
        m("無障礙洽公環境", ["設置無障礙坡道、扶手、身心障礙者專用廁所及愛心鈴。", "每季檢查無障礙設施並即時修繕。"], "每季檢查", "總務人員", "提供身心障礙者及長者友善的洽公環境。"),
        m("友善無障礙服務設施", ["於入口設置愛心服務鈴，並提供輪椅、老花眼鏡等愛心用品。", "定期檢修無障礙坡道與專用廁所。"], "每季檢查", "總務人員", "讓行動不便民眾安心洽公。"),
    ),
    "website": (
        m("網站資訊公開與常見問答", ["於網站公開業務規定、申辦須知及常見問答。", "每月檢視網站資料正確性並更新。"], "每月更新", "資訊人員", "民眾可隨時查詢所需資訊，減少電話詢問。"),
        m("更新機關網站常見問題專區", ["整理民眾常問問題，於網站常見問題專區公開並每月更新。", "網站內容通過無障礙檢測。"], "每月更新", "資訊人員", "提升網站資訊之正確與易用。"),
    ),
    "online": (
        m("推廣線上申辦服務", ["擴大提供網路申辦項目，並於臨櫃宣導線上申辦。", "統計線上申辦件數，檢討未使用原因。"], "全年辦理", "資訊人員", "民眾免臨櫃即可申辦，節省時間。"),
        m("擴大網路申辦項目", ["新增可於網路申辦之案件類別，並提供線上進度查詢。", "製作線上申辦操作說明影片。"], "全年辦理", "資訊人員", "減少臨櫃人潮，提供全天候服務。"),
    ),
    "complaint": (
        m("人民陳情案件處理", ["陳情案件於七日內答復，並以電話追蹤民眾對處理結果之意見。", "每季統計陳情案件類型並檢討改善。"], "全年辦理", "秘書室", "迅速回應民眾意見，化解民怨。"),
        m("民眾意見反映追蹤管考", ["設置意見信箱，民眾意見反映於七日內回復。", "逐案列管至結案，並於會議中檢討常見問題。"], "全年辦理", "秘書室", "落實回應民眾需求，提升信任。"),
    ),
    "training": (
        m("同仁專業教育訓練", ["每季辦理業務講習與法規研習。", "新進同仁由資深同仁一對一輔導。"], "每季辦理", "人事人員", "提升同仁專業能力與服務效率。"),
        m("辦理員工業務研習", ["定期舉辦法令與作業流程研習課程。", "鼓勵同仁參加數位學習課程。"], "每季辦理", "人事人員", "增進同仁專業知能。"),
    ),
    # 戶政事務所
    "hh_marriage": (
        m("結婚登記假日服務", ["於七夕等熱門日期提供假日結婚登記服務。", "提供新人拍照區與結婚書約範本。"], "特定節日", "登記課", "便利新人於有紀念意義之日期完成登記。"),
        m("特定日期結婚登記延長服務", ["熱門結婚日期延長受理時間並開放預約登記。", "布置結婚登記拍照專區。"], "特定節日", "登記課", "讓新人在紀念日順利完成結婚登記。"),
    ),
    "hh_newresident": (
        m("新住民關懷服務", ["提供新住民多語申辦須知與通譯協助。", "辦理新住民生活適應宣導講座。"], "全年辦理", "登記課", "協助新住民順利融入生活。"),
        m("新住民多語服務", ["櫃台提供越南語、印尼語等多語版本申請書表。", "結合民間團體辦理新住民識字與生活講座。"], "全年辦理", "登記課", "降低新住民申辦之語言障礙。"),
    ),
    "hh_certificate": (
        m("自然人憑證臨櫃快速核發", ["設置自然人憑證專屬櫃台，當場製發憑證。", "協助民眾完成憑證註冊與網路報稅設定。"], "全年辦理", "登記課", "推廣電子化政府服務。"),
        m("推廣自然人憑證申辦", ["民眾申辦戶籍登記時主動宣導自然人憑證。", "提供憑證安裝與操作諮詢。"], "全年辦理", "登記課", "提升民眾使用網路申辦之比例。"),
    ),
    "hh_homevisit": (
        m("行動不便者到府服務", ["對臥病在床或行動不便之民眾，提供到府辦理戶籍登記及人別確認。", "以電話預約到府服務時間。"], "全年辦理", "登記課", "照顧行動不便民眾，免除奔波之苦。"),
        m("到宅辦理戶籍登記", ["為重病、身心障礙或高齡民眾提供到宅受理戶籍登記與換證。", "受理電話或網路預約到宅時段。"], "全年辦理", "登記課", "讓行動不便者在家即可完成申辦。"),
    ),
    "hh_cross_county": (
        m("戶籍謄本跨縣市核發", ["受理民眾跨縣市申請戶籍謄本，當場核發。", "宣導戶籍謄本可於任一戶政事務所申請。"], "全年辦理", "登記課", "民眾就近申請謄本，免回戶籍地。"),
        m("全國跨區申辦戶籍謄本", ["民眾可於本所申請其他縣市之戶籍謄本，不受戶籍地限制。", "於櫃台張貼跨區申辦項目說明。"], "全年辦理", "登記課", "節省民眾往返戶籍地之時間與交通費。"),
    ),
    # 地政事務所
    "land_progress": (
        m("登記案件辦理進度線上查詢", ["民眾可於網站輸入收件字號查詢登記案件辦理進度。", "案件結案時以簡訊通知申請人。"], "全年辦理", "登記課", "民眾免電話詢問即掌握案件進度。"),
        m("案件進度網路查詢與簡訊通知", ["提供土地登記案件進度網路查詢。", "案件補正或結案即以簡訊主動通知。"], "全年辦理", "登記課", "資訊透明，減少民眾等待焦慮。"),
    ),
    "land_cross": (
        m("跨所收辦土地登記案件", ["受理轄區外土地之跨所登記案件。", "與他所建立跨所案件聯繫窗口。"], "全年辦理", "登記課", "民眾就近申辦，免跨區奔波。"),
        m("跨縣市代收土地登記", ["與他縣市地政事務所合作，代收跨縣市登記案件。", "定期檢討跨縣市案件處理時效。"], "全年辦理", "登記課", "便利外縣市民眾就近辦理登記。"),
    ),
    "land_survey": (
        m("測量案件預約服務", ["土地複丈案件提供網路預約測量時段。", "測量前一日以電話通知申請人。"], "全年辦理", "測量課", "減少民眾等候測量人員之時間。"),
        m("土地複丈線上預約", ["開放民眾於網路預約土地複丈日期。", "測量人員出發前電話聯繫申請人確認會勘地點。"], "全年辦理", "測量課", "測量時程透明，節省民眾時間。"),
    ),
    "land_alert": (
        m("地籍異動即時通", ["民眾申請後，其土地建物有異動時以簡訊或電子郵件通知。", "於櫃台及網站宣導地籍異動即時通服務。"], "全年辦理", "登記課", "防範不動產詐騙，保障民眾財產。"),
        m("不動產異動簡訊通知服務", ["所有權人登記後，產權異動即時以簡訊通知。", "結合社區活動宣導防範不動產詐騙。"], "全年辦理", "登記課", "即時掌握產權變動，預防詐騙。"),
    ),
    "land_price": (
        m("公告地價線上查詢", ["於網站提供公告土地現值及公告地價查詢。", "臨櫃提供地價查詢專人服務。"], "全年辦理", "地價課", "民眾便利掌握地價資訊。"),
        m("地價資訊查詢服務", ["建置地價查詢網頁，民眾可輸入地號查詢公告現值。", "每年地價公告期間加開查詢櫃台。"], "全年辦理", "地價課", "地價資訊公開透明。"),
    ),
    # 區公所 / 鄉公所
    "dist_relief": (
        m("急難救助快速審核", ["急難救助案件受理後三日內完成訪視與審核。", "與里長合作主動發掘需救助家庭。"], "全年辦理", "社會課", "及時協助遭遇變故之家庭。"),
        m("急難救助即時關懷", ["接獲通報後即派員訪視，急難救助金於三日內核撥。", "結合村里幹事主動關懷弱勢家庭。"], "全年辦理", "社會課", "讓急難家庭即時獲得協助。"),
    ),
    "dist_li": (
        m("里長聯繫會報", ["每季召開里長聯繫會報，彙整里民建議事項。", "里民建議事項列管追蹤至完成。"], "每季辦理", "民政課", "迅速回應地方需求。"),
        m("村里建議事項列管", ["定期邀集村里長座談，收集地方建設意見。", "建議事項建立列管表追蹤辦理情形。"], "每季辦理", "民政課", "強化與村里之溝通。"),
    ),
    "dist_welfare": (
        m("社會福利一站式服務", ["整合低收入戶、身心障礙、老人福利申請於同一櫃台。", "製作社會福利申請懶人包。"], "全年辦理", "社會課", "民眾一次申辦多項福利。"),
        m("福利申請單一窗口", ["各項社會福利補助集中於單一窗口受理。", "提供福利資格線上試算。"], "全年辦理", "社會課", "簡化福利申請流程。"),
    ),
    "dist_disaster": (
        m("災害防救演練", ["每年辦理防汛及地震疏散演練。", "更新避難收容處所資訊並公告於網站。"], "每年辦理", "民政課", "提升區民防災意識與應變能力。"),
        m("防災疏散演習", ["結合村里辦理防災疏散演習。", "於網站公布避難處所與防災地圖。"], "每年辦理", "民政課", "強化社區防災應變。"),
    ),
    "dist_lowincome": (
        m("低收入戶資格審查", ["低收入戶申請案件於三十日內完成審查。", "主動通知資格即將到期之家戶辦理複查。"], "全年辦理", "社會課", "確保弱勢家庭權益。"),
        m("中低收入戶審查時效管控", ["申請案件列管審查時效，逾期案件專案檢討。", "以電話提醒家戶備齊文件。"], "全年辦理", "社會課", "縮短審查時間，保障弱勢權益。"),
    ),
    # 衛生所
    "health_vaccine": (
        m("預防接種提醒服務", ["以簡訊提醒家長幼兒預防接種時程。", "未按時接種者由護理人員電話追蹤。"], "全年辦理", "保健課", "提高幼兒預防接種完成率。"),
        m("幼兒疫苗接種追蹤", ["建立幼兒接種名冊，逾期未接種者以電話及簡訊通知。", "提供夜間接種門診。"], "全年辦理", "保健課", "維持轄區疫苗接種率。"),
    ),
    "health_screening": (
        m("社區整合式健康篩檢", ["於社區活動中心辦理成人整合式篩檢。", "異常個案轉介醫療院所並追蹤。"], "每年辦理", "保健課", "早期發現慢性病，及早治療。"),
        m("四癌篩檢到社區", ["結合社區據點辦理子宮頸癌、乳癌、大腸癌、口腔癌篩檢。", "陽性個案由專人追蹤確診。"], "每年辦理", "保健課", "提升癌症篩檢率，早期發現早期治療。"),
    ),
    "health_elder": (
        m("獨居長者到宅關懷", ["公衛護理師定期到宅訪視獨居長者。", "提供血壓量測與用藥指導。"], "全年辦理", "保健課", "照顧長者健康，預防意外。"),
        m("高齡長者居家訪視", ["護理人員到宅關懷高齡與獨居長者健康狀況。", "必要時轉介長照服務。"], "全年辦理", "保健課", "及早發現長者健康問題。"),
    ),
    "health_smoking": (
        m("戒菸門診服務", ["提供戒菸門診與戒菸衛教諮詢。", "戒菸個案於三個月內追蹤成效。"], "全年辦理", "醫務課", "降低吸菸率，促進健康。"),
        m("戒菸衛教與追蹤", ["設置戒菸諮詢專線與門診。", "以電話追蹤戒菸個案。"], "全年辦理", "醫務課", "協助民眾成功戒菸。"),
    ),
    "health_education": (
        m("社區衛教宣導", ["於學校及社區辦理衛生教育講座。", "製作多語衛教單張。"], "全年辦理", "保健課", "提升民眾健康知識。"),
        m("健康促進講座", ["辦理健康飲食、運動等健康促進講座。", "於網站提供衛教資料下載。"], "全年辦理", "保健課", "培養民眾健康生活習慣。"),
    ),
    # 行政執行分署
    "exec_instalment": (
        m("義務人分期繳納", ["經濟困難之義務人得申請分期繳納。", "分期案件專人管理並寄送繳款提醒。"], "全年辦理", "執行科", "兼顧義務人生計與公法債權實現。"),
        m("欠款分期清償機制", ["受理義務人分期清償申請，依經濟狀況核定期數。", "於繳款期限前寄發提醒通知。"], "全年辦理", "執行科", "減輕義務人一次清償之負擔。"),
    ),
    "exec_query": (
        m("移送案件網路查詢", ["義務人可於網站查詢移送案件及應繳金額。", "提供線上列印繳款單。"], "全年辦理", "執行科", "義務人便利掌握案件狀態。"),
        m("執行案件線上查詢", ["建置執行案件查詢系統，義務人輸入案號即可查詢。", "線上下載繳款書。"], "全年辦理", "執行科", "減少臨櫃與電話查詢。"),
    ),
    "exec_auction": (
        m("拍賣公告網路化", ["拍賣公告同步刊登於網站並提供照片。", "拍賣標的開放預約看屋。"], "全年辦理", "執行科", "擴大拍賣資訊流通，提高拍定率。"),
        m("不動產拍賣資訊公開", ["拍賣物件資訊與照片上網公告。", "提供拍賣程序說明與常見問答。"], "全年辦理", "執行科", "拍賣程序公開透明。"),
    ),
    "exec_care": (
        m("弱勢義務人關懷", ["發現弱勢義務人時轉介社福機構協助。", "暫緩執行生活必需財產。"], "全年辦理", "執行科", "兼顧執行與人權關懷。"),
        m("關懷弱勢義務人轉介服務", ["與社會局建立轉介機制，協助生活困難之義務人。", "執行時避免影響義務人基本生活。"], "全年辦理", "執行科", "展現執行溫度。"),
    ),
    # 稅務局
    "tax_online": (
        m("地方稅網路申報", ["提供房屋稅、地價稅減免網路申請。", "臨櫃宣導網路申報並協助操作。"], "全年辦理", "服務科", "民眾免臨櫃即可完成申報。"),
        m("地方稅線上申辦", ["擴大地方稅線上申辦項目至各類減免申請。", "於網站提供操作教學。"], "全年辦理", "服務科", "節省納稅人往返時間。"),
    ),
    "tax_sms": (
        m("欠稅簡訊通知", ["稅款逾期前以簡訊提醒納稅人繳納。", "提供多元繳稅管道資訊。"], "開徵期間", "徵收科", "減少逾期繳納與滯納金。"),
        m("繳稅提醒簡訊", ["開徵期間以簡訊提醒納稅人繳稅期限。", "簡訊附繳稅管道說明。"], "開徵期間", "徵收科", "降低欠稅比率。"),
    ),
    "tax_education": (
        m("租稅教育宣導", ["至校園辦理租稅教育宣導活動。", "製作租稅宣導短片於網站播放。"], "全年辦理", "服務科", "提升民眾依法納稅觀念。"),
        m("校園租稅宣導", ["與學校合作辦理租稅知識競賽。", "於社區活動設攤宣導稅務新制。"], "全年辦理", "服務科", "向下扎根租稅教育。"),
    ),
    "tax_ebill": (
        m("電子稅單服務", ["推廣納稅人申請電子稅單，以電子郵件寄送繳款書。", "申請電子稅單者提供抽獎活動。"], "開徵期間", "資訊科", "節省紙張，納稅人即時收到稅單。"),
        m("推廣電子繳款書", ["宣導以電子郵件接收稅單。", "網站提供電子稅單申請。"], "開徵期間", "資訊科", "減少紙本，便利繳稅。"),
    ),
}


@dataclass(frozen=True)
class Plan:
    file: str
    office: str
    year_roc: int
    layout: str  # "txt" (tab table), "md" (pipe table), "html"
    service: tuple[tuple[str, int], ...]  # 一、服務遞送 rows: (measure key, wording)
    special: tuple[tuple[str, int], ...]  # 二、專業服務 rows


E, W, S = "嘉禾市東區戶政事務所", "嘉禾市西區戶政事務所", "青山縣松林鄉戶政事務所"
L1, L2 = "嘉禾市中興地政事務所", "青山縣玉泉地政事務所"
D1, D2 = "嘉禾市河濱區公所", "青山縣梅林鄉公所"
H1, H2 = "嘉禾市河濱區衛生所", "青山縣梅林鄉衛生所"
F, T = "法務部行政執行署嘉禾分署", "嘉禾市稅務局"

PLANS: tuple[Plan, ...] = (
    Plan("i01_jiahe_east_household_110.txt", E, 110, "txt",
         (("single_window", 0), ("phone", 0), ("satisfaction", 0), ("volunteer", 0), ("barrier_free", 0), ("website", 0), ("training", 0)),
         (("hh_marriage", 0), ("hh_newresident", 0))),
    Plan("i02_jiahe_east_household_111.md", E, 111, "md",
         (("single_window", 0), ("phone", 1), ("satisfaction", 0), ("volunteer", 1), ("barrier_free", 0), ("website", 0), ("online", 0)),
         (("hh_marriage", 0), ("hh_certificate", 0))),
    Plan("i03_jiahe_east_household_112.html", E, 112, "html",
         (("single_window", 0), ("phone", 1), ("satisfaction", 1), ("barrier_free", 0), ("website", 1), ("online", 0)),
         (("hh_marriage", 1), ("hh_certificate", 0), ("hh_homevisit", 0))),
    Plan("i04_jiahe_west_household_111.txt", W, 111, "txt",
         (("single_window", 1), ("phone", 0), ("satisfaction", 0), ("complaint", 0)),
         (("hh_cross_county", 0), ("hh_newresident", 1), ("hh_homevisit", 1))),
    Plan("i05_qingshan_songlin_household_112.md", S, 112, "md",
         (("single_window", 0), ("phone", 0), ("barrier_free", 1), ("complaint", 1)),
         (("hh_cross_county", 1), ("hh_homevisit", 0), ("hh_newresident", 0))),
    Plan("i06_jiahe_zhongxing_land_110.html", L1, 110, "html",
         (("single_window", 0), ("satisfaction", 0), ("website", 0)),
         (("land_progress", 0), ("land_cross", 0), ("land_survey", 0))),
    Plan("i07_jiahe_zhongxing_land_112.txt", L1, 112, "txt",
         (("single_window", 0), ("phone", 1), ("satisfaction", 0), ("online", 0)),
         (("land_progress", 1), ("land_cross", 0), ("land_alert", 0))),
    Plan("i08_qingshan_yuquan_land_111.md", L2, 111, "md",
         (("single_window", 1), ("barrier_free", 0), ("complaint", 0)),
         (("land_alert", 1), ("land_survey", 1), ("land_price", 0))),
    Plan("i09_jiahe_hebin_district_111.html", D1, 111, "html",
         (("single_window", 0), ("satisfaction", 0)),
         (("dist_relief", 0), ("dist_li", 0), ("dist_welfare", 0), ("dist_disaster", 0))),
    Plan("i10_qingshan_meilin_township_112.txt", D2, 112, "txt",
         (("volunteer", 0),),
         (("dist_relief", 1), ("dist_welfare", 1), ("dist_disaster", 1), ("dist_lowincome", 0))),
    Plan("i11_jiahe_hebin_health_111.md", H1, 111, "md",
         (("satisfaction", 0),),
         (("health_vaccine", 0), ("health_screening", 0), ("health_elder", 0))),
    Plan("i12_jiahe_hebin_health_112.html", H1, 112, "html",
         (("phone", 0), ("online", 0)),
         (("health_vaccine", 1), ("health_screening", 0), ("health_elder", 0), ("health_smoking", 0))),
    Plan("i13_qingshan_meilin_health_112.txt", H2, 112, "txt",
         (("phone", 1), ("barrier_free", 0)),
         (("health_vaccine", 0), ("health_screening", 1), ("health_education", 0), ("health_smoking", 1))),
    Plan("i14_jiahe_enforcement_111.md", F, 111, "md",
         (("single_window", 1), ("phone", 0), ("satisfaction", 0)),
         (("exec_instalment", 0), ("exec_query", 0), ("exec_auction", 0), ("exec_care", 0))),
    Plan("i15_jiahe_tax_110.html", T, 110, "html",
         (("single_window", 0), ("satisfaction", 0)),
         (("tax_online", 0), ("tax_sms", 0), ("tax_education", 0))),
    Plan("i16_jiahe_tax_112.txt", T, 112, "txt",
         (("single_window", 0), ("phone", 1), ("complaint", 0)),
         (("tax_online", 1), ("tax_sms", 0), ("tax_ebill", 0), ("tax_education", 1))),
)

SECTIONS = ("一、服務遞送", "二、專業服務")


def plan_measures(plan: Plan) -> list[Measure]:
    return [MEASURES[key][wording] for key, wording in (*plan.service, *plan.special)]


def title(plan: Plan) -> str:
    return f"{plan.office}{plan.year_roc}年度提升服務品質執行計畫"


def _cells(item: Measure) -> list[str]:
    actions = " ".join(f"{n}. {a}" for n, a in enumerate(item.actions, 1))
    return [item.measure, actions, item.deadline, item.owner, item.benefit]


def _front(plan: Plan) -> list[str]:
    return ["壹、計畫依據", "依上級機關為民服務工作相關規定辦理。",
            "貳、計畫目標", "提供便捷、親切、專業的服務，提升民眾滿意度。", "參、具體執行措施"]


def render_text(plan: Plan, markdown: bool) -> str:
    lines = [("# " if markdown else "") + title(plan), "", NOTICE, ""]
    for line in _front(plan):
        lines += [line, ""]
    for heading, items in zip(SECTIONS, (plan.service, plan.special), strict=True):
        lines += [heading, ""]
        rows = [HEADER, *[_cells(MEASURES[k][w]) for k, w in items]]
        if markdown:
            lines.append("| " + " | ".join(HEADER) + " |")
            lines.append("|" + "---|" * len(HEADER))
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        else:
            lines += ["\t".join(r) for r in rows]
        lines.append("")
    lines += ["肆、管制考核", "", "本計畫執行情形每半年檢討一次。", ""]
    return "\n".join(lines)


def render_html(plan: Plan) -> str:
    e = html.escape
    parts = ["<!doctype html>", '<html lang="zh-Hant-TW"><head><meta charset="utf-8">', f"<title>{e(title(plan))}</title></head><body>",
             f"<h1>{e(title(plan))}</h1>", f'<p class="notice">{e(NOTICE)}</p>']
    front = _front(plan)
    parts += [f"<h2>{e(front[0])}</h2>", f"<p>{e(front[1])}</p>", f"<h2>{e(front[2])}</h2>", f"<p>{e(front[3])}</p>", f"<h2>{e(front[4])}</h2>"]
    for heading, items in zip(SECTIONS, (plan.service, plan.special), strict=True):
        parts.append(f"<h3>{e(heading)}</h3>")
        parts.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in HEADER) + "</tr></thead><tbody>")
        for key, wording in items:
            item = MEASURES[key][wording]
            actions = "".join(f"<p>{n}. {e(a)}</p>" for n, a in enumerate(item.actions, 1))
            parts.append(f"<tr><td>{e(item.measure)}</td><td>{actions}</td><td>{e(item.deadline)}</td>"
                         f"<td>{e(item.owner)}</td><td>{e(item.benefit)}</td></tr>")
        parts.append("</tbody></table>")
    parts += ["<h2>肆、管制考核</h2>", "<p>本計畫執行情形每半年檢討一次。</p>", "</body></html>", ""]
    return "\n".join(parts)


def render(plan: Plan) -> str:
    if plan.layout == "html":
        return render_html(plan)
    return render_text(plan, markdown=plan.layout == "md")


def write_all(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for plan in PLANS:
        path = out / plan.file
        path.write_text(render(plan), encoding="utf-8")
        written.append(path)
    name, text = DECLARATION
    (out / name).write_text(text, encoding="utf-8")
    written.append(out / name)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        sys.stdout.write(f"{path}\n")
