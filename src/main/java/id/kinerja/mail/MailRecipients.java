package id.kinerja.mail;

import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * An outbox recipient as addresses: a NIP (or login) by the directory's e-mail, else the engine
 * user's; a group id by its members'. What cannot be resolved comes back as a reason HR can read.
 */
@Component
public class MailRecipients {

  /** The addresses, the person's name when the recipient is one person, or why there is no address. */
  public record Resolved(List<String> addresses, String name, String missing) {}

  private final OrganisationRepository directory;
  private final IdentityService identityService;

  public MailRecipients(OrganisationRepository directory, IdentityService identityService) {
    this.directory = directory;
    this.identityService = identityService;
  }

  public Resolved resolve(String recipient) {
    if (identityService.createGroupQuery().groupId(recipient).count() > 0) {
      Set<String> addresses = new LinkedHashSet<>();
      for (User member : identityService.createUserQuery().memberOfGroup(recipient).list()) {
        address(member.getId(), member).ifPresent(addresses::add);
      }
      return addresses.isEmpty()
          ? new Resolved(List.of(), null, "Tidak ada anggota grup " + recipient + " yang memiliki alamat e-mail")
          : new Resolved(List.copyOf(addresses), null, null);
    }
    User user = identityService.createUserQuery().userId(recipient).singleResult();
    Optional<Employee> employee = directory.employee(recipient);
    if (employee.isEmpty() && user == null) {
      return new Resolved(List.of(), null, "Penerima " + recipient + " tidak dikenal");
    }
    String name = employee.map(Employee::name).orElseGet(() -> (user.getFirstName() + " " + user.getLastName()).trim());
    return address(recipient, user)
        .map(a -> new Resolved(List.of(a), name, null))
        .orElseGet(() -> new Resolved(List.of(), name, "Pegawai " + recipient + " tidak memiliki alamat e-mail"));
  }

  private Optional<String> address(String id, User user) {
    Optional<String> fromDirectory = directory.employee(id).map(Employee::email).filter(MailRecipients::present);
    return fromDirectory.isPresent() ? fromDirectory
        : Optional.ofNullable(user).map(User::getEmail).filter(MailRecipients::present);
  }

  private static boolean present(String email) {
    return email != null && !email.isBlank();
  }
}
