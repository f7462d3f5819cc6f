; Inno Setup 6 script: the Windows installer of Mellaf (per-machine, 64-bit).
;
; Build (from the repository root, after PyInstaller has made dist\mellaf\):
;   iscc /DAppVersion=0.1.0 installer\windows\mellaf.iss
; Output: dist\mellaf-<version>-setup.exe  (see .ci\windows-build.yml)
;
; What it does
; - installs dist\mellaf\ into C:\Program Files\Mellaf for every user of the machine (admin);
; - Start-menu entries: "Mellaf" and "Mellaf - training (demo)"; optional desktop icon;
; - upgrades in place: the same AppId finds the previous install, its program folder is replaced
;   (old program files removed first, so nothing stale stays behind). The officers' profiles
;   (database, documents, settings) live in %LOCALAPPDATA%\Mellaf of each user: never touched
;   by install, upgrade or uninstall. The new version migrates a profile when it opens it;
; - checks for the SafeNet token middleware (eTPKCS11.dll in System32) and warns when it is
;   missing: signing with the Barid eSign token needs SafeNet Authentication Client;
; - runs "mellaf.exe --self-test" after copying (with the middleware when present) and says so
;   when it fails;
; - silent install for IT: mellaf-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   (add /LOG=C:\path\install.log to keep a log); the warnings then go to the log only.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."
#define Bundle Root + "\dist\mellaf"

[Setup]
; Never change AppId: it is how an upgrade finds the installed version.
AppId={{8BECBD7C-6286-47EB-B367-729BA356A721}
AppName=Mellaf
AppVersion={#AppVersion}
AppVerName=Mellaf {#AppVersion}
AppPublisher=Mellaf
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Mellaf
DefaultGroupName=Mellaf
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=mellaf-{#AppVersion}-setup
SetupIconFile={#Root}\installer\icons\mellaf.ico
UninstallDisplayIcon={app}\mellaf-gui.exe
UninstallDisplayName=Mellaf {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Mellaf (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.NoMiddleware=Le logiciel du jeton de signature (SafeNet Authentication Client, %1) est introuvable sur cet ordinateur.%n%nMellaf s'installe quand même et fonctionne en mode formation, mais la signature avec la clé Barid eSign exige SafeNet Authentication Client. Demandez-le au service informatique ou à Barid eSign, puis installez-le.
en.NoMiddleware=The signing token software (SafeNet Authentication Client, %1) was not found on this computer.%n%nMellaf installs anyway and works in training mode, but signing with the Barid eSign token needs SafeNet Authentication Client. Ask your IT department or Barid eSign for it, then install it.
fr.SelfTestFailed=Le contrôle de Mellaf après installation a échoué (code %1). Lancez « mellaf.exe --self-test » dans %2 pour voir le détail, et transmettez-le au support.
en.SelfTestFailed=Mellaf's check after installation failed (code %1). Run "mellaf.exe --self-test" in %2 to see the details, and send them to support.
fr.TrainingShortcut=Mellaf - formation (démo)
en.TrainingShortcut=Mellaf - training (demo)
fr.DesktopIcon=Créer une icône sur le bureau
en.DesktopIcon=Create a desktop icon

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; Upgrade in place: remove the previous version's program files first (never user data).
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\mellaf.exe"
Type: files; Name: "{app}\mellaf-gui.exe"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Mellaf"; Filename: "{app}\mellaf-gui.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:TrainingShortcut}"; Filename: "{app}\mellaf-gui.exe"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\Mellaf"; Filename: "{app}\mellaf-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[UninstallDelete]
; Only what the installer put in {app}; %LOCALAPPDATA%\Mellaf (profiles) stays.
Type: dirifempty; Name: "{app}"

[Code]
const
  MiddlewareDll = 'eTPKCS11.dll';

function MiddlewarePath(): String;
begin
  { 64-bit install mode: {sys} is the 64-bit System32, where SafeNet puts its 64-bit module. }
  Result := ExpandConstant('{sys}\') + MiddlewareDll;
end;

function MiddlewarePresent(): Boolean;
begin
  Result := FileExists(MiddlewarePath());
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  if (CurPageID = wpReady) and not MiddlewarePresent() then
  begin
    Log('SafeNet middleware not found: ' + MiddlewarePath());
    MsgBox(FmtMessage(CustomMessage('NoMiddleware'), [MiddlewarePath()]), mbInformation, MB_OK);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Params: String;
  ResultCode: Integer;
begin
  if CurStep <> ssPostInstall then
    exit;
  if not MiddlewarePresent() then
    Log('SafeNet middleware not found: ' + MiddlewarePath());
  Params := '--self-test';
  if MiddlewarePresent() then
    Params := Params + ' --pkcs11-module "' + MiddlewarePath() + '"';
  if Exec(ExpandConstant('{app}\mellaf.exe'), Params, ExpandConstant('{app}'),
          SW_HIDE, ewWaitUntilTerminated, ResultCode) then
  begin
    Log(Format('mellaf.exe %s exited with code %d', [Params, ResultCode]));
    if ResultCode <> 0 then
      MsgBox(FmtMessage(CustomMessage('SelfTestFailed'),
             [IntToStr(ResultCode), ExpandConstant('{app}')]), mbError, MB_OK);
  end
  else
    Log('could not run mellaf.exe --self-test: ' + SysErrorMessage(ResultCode));
end;
