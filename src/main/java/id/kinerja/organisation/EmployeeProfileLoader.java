package id.kinerja.organisation;

import id.kinerja.organisation.DataConfirmationProcess.Variables;
import id.kinerja.process.ModelApi;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Puts the employee's directory data (name, post, unit) on the instance for the task forms. */
@ModelApi
@Component("employeeProfileLoader")
class EmployeeProfileLoader implements ExecutionListener {

  private final OrganisationRepository repository;

  EmployeeProfileLoader(OrganisationRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String nip = (String) execution.getVariable(Variables.NIP);
    Employee employee = repository.employee(nip).filter(Employee::active).orElseThrow(() ->
        new BadUserRequestException("Pegawai aktif dengan NIP '" + nip + "' tidak ditemukan"));
    execution.setVariable(Variables.NAME, employee.name());
    execution.setVariable(Variables.POSITION, repository.position(employee.positionCode()).map(Position::title).orElse(""));
    execution.setVariable(Variables.UNIT, repository.unit(employee.unitCode()).map(Unit::name).orElse(""));
  }
}
