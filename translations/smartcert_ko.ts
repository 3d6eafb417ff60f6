<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>작업 공간 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Create the demo program first with: smartcert demo</source>
        <translation>먼저 다음 명령으로 데모 데이터를 만드세요: smartcert demo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the folder of an evaluator or program workspace</source>
        <translation>평가위원 또는 운영기관의 작업 공간 폴더를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>시작 화면(&amp;S)</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>상태 표시줄(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Smart City Certification</source>
        <translation>스마트도시 인증 프로그램 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (데모)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Offline written evaluation for smart city certification (스마트도시 인증): evaluators score on their own computers and submit signed score bundles; the operating agency merges them and computes the grades.</source>
        <translation>스마트도시 인증 서면평가를 오프라인으로 진행합니다. 평가위원은 각자의 컴퓨터에서 평가하고 서명된 평가점수 묶음을 제출하며, 운영기관은 이를 취합하여 등급을 산정합니다.</translation>
    </message>
    <message>
        <source>Sample framework.</source>
        <translation>예시 지표체계.</translation>
    </message>
    <message>
        <source>The indicator framework included with this program is a sample that matches the published counts (3 domains, 10 items, 63 indicators, 2,000 points); it is not the official indicator set. Grade thresholds other than the 70% certification line are assumptions too. The operating agency replaces both with its official framework workbook.</source>
        <translation>이 프로그램에 포함된 지표체계는 공개된 구성(3개 분야, 10개 평가항목, 63개 세부지표, 2,000점)에 맞춘 예시이며 공식 지표체계가 아닙니다. 인증 기준선 70%를 제외한 등급 기준도 가정한 값입니다. 운영기관은 둘 다 공식 지표체계 통합문서로 바꿉니다.</translation>
    </message>
    <message>
        <source>About Smart City Certification</source>
        <translation>스마트도시 인증 프로그램 정보</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) still running. Stop and close?</source>
        <translation>
            <numerusform>작업 %n개가 아직 실행 중입니다. 중지하고 닫을까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>What has been saved so far is kept.</source>
        <translation>지금까지 저장된 내용은 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Smart City Certification</source>
        <translation>스마트도시 인증</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s); see Show Details.</source>
        <translation>
            <numerusform>… 외 %n개의 문제가 더 있습니다. &quot;자세한 정보 표시&quot;를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Everything that was saved before is kept; the last action may not have been completed, so please check its result.</source>
        <translation>프로그램 내부에서 오류가 발생했습니다. 이전에 저장된 내용은 모두 유지됩니다. 마지막 작업은 완료되지 않았을 수 있으니 결과를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>자세한 내용은 %1에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase of at least %1 characters. It protects your private key; it cannot be recovered if it is lost.</source>
        <translation>%1자 이상의 암호 문구를 정하세요. 암호 문구는 개인 키를 보호하며, 잊어버리면 되찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key.</source>
        <translation>키의 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>다시 입력(&amp;R):</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>강도:</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>암호 문구 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Weak: one of the passwords tried first</source>
        <translation>약함: 가장 먼저 시도되는 흔한 암호입니다</translation>
    </message>
    <message>
        <source>Weak: repeats the same characters</source>
        <translation>약함: 같은 문자를 반복합니다</translation>
    </message>
    <message>
        <source>Weak: too short; use at least 12 characters or several words</source>
        <translation>약함: 너무 짧습니다. 12자 이상이나 여러 단어를 쓰세요</translation>
    </message>
    <message>
        <source>Short: use at least 12 characters or several words</source>
        <translation>짧음: 12자 이상이나 여러 단어를 쓰세요</translation>
    </message>
    <message>
        <source>Weak: easy to guess; add more words</source>
        <translation>약함: 추측하기 쉽습니다. 단어를 더 넣으세요</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong</source>
        <translation>보통: 단어를 몇 개 더 넣으면 강해집니다</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>양호</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>암호 문구는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>모든 변경이 저장됨 (%1)</translation>
    </message>
    <message>
        <source>All changes saved on %1</source>
        <translation>모든 변경이 저장됨 (%1)</translation>
    </message>
    <message>
        <source>Every change is written to the workspace as soon as it is made. Last save: %1</source>
        <translation>모든 변경은 입력하는 즉시 작업 공간에 저장됩니다. 마지막 저장: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Written evaluation of smart city certification applicants, offline and signed.</source>
        <translation>스마트도시 인증 신청 지자체의 서면평가 — 오프라인에서, 전자서명과 함께.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>열린 작업 공간이 없습니다.</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>작업 공간 열기…</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>역할을 선택하세요</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Score the applicants assigned to you and submit a signed score bundle.</source>
        <translation>배정된 신청 지자체를 평가하고 서명된 평가점수 묶음을 제출합니다.</translation>
    </message>
    <message>
        <source>Chair / Operating agency</source>
        <translation>위원장·운영기관</translation>
    </message>
    <message>
        <source>Prepare the round, merge the evaluators&apos; score bundles and publish the results.</source>
        <translation>평가를 준비하고, 평가위원의 평가점수 묶음을 취합하여 결과를 확정합니다.</translation>
    </message>
    <message>
        <source>The indicator framework included with this program is a sample, not the official indicator set.</source>
        <translation>이 프로그램에 포함된 지표체계는 예시이며 공식 지표체계가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>The screens for this role are not part of this version of the program.</source>
        <translation>이 버전의 프로그램에는 이 역할의 화면이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Back to the Start Page</source>
        <translation>시작 화면으로 돌아가기</translation>
    </message>
</context>
</TS>
