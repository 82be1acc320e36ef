package staff

import "sportello/internal/kiosk"

// Action is something a member of staff may be allowed to do.
type Action string

// The actions staff mode offers.
const (
	HandleRequests Action = "requests" // the inbox: read, change status, reprint
	EditContent    Action = "content"  // offices, hours, services, forms, notices
	ReadReports    Action = "reports"  // satisfaction reports and alerts
	ChangeSettings Action = "settings" // the kiosk's settings and accounts
	AnnulRegister  Action = "annul"    // annul a registration of the protocol register (art. 54)
	ReadAudit      Action = "audit"    // the audit log: who changed what, and when
)

var allowed = map[kiosk.Role][]Action{
	kiosk.RoleOperator: {HandleRequests, ReadReports},
	kiosk.RoleEditor:   {EditContent, ReadReports},
	kiosk.RoleAdmin:    {HandleRequests, EditContent, ReadReports, ChangeSettings, AnnulRegister, ReadAudit},
}

var actionNames = map[Action]kiosk.Text{
	HandleRequests: kiosk.T("gestire le richieste", "handle requests"),
	EditContent:    kiosk.T("modificare i contenuti", "edit the content"),
	ReadReports:    kiosk.T("consultare i rapporti", "read the reports"),
	ChangeSettings: kiosk.T("cambiare le impostazioni", "change the settings"),
	AnnulRegister:  kiosk.T("annullare una registrazione di protocollo", "annul a registration"),
	ReadAudit:      kiosk.T("consultare il registro delle modifiche", "read the audit log"),
}

// Can says whether a role may do an action; the error says why not.
func Can(role kiosk.Role, a Action) error {
	for _, ok := range allowed[role] {
		if ok == a {
			return nil
		}
	}
	name := actionNames[a]
	return kiosk.Errorf(kiosk.Denied, "Il ruolo «%s» non permette di "+name.It+": serve un amministratore.",
		"The role «%s» may not "+name.En+": an administrator is needed.", role)
}
